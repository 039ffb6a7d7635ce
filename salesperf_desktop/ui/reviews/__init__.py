"""The Reviews tab's pages: interviews (GROW), result use, appeals, sign-off and the audit trail."""

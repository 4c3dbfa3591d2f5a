"""The Outbox screen: replies on their way to residents (drafts to approve, pending texts, handed to
the gateway, failed ones to retry or phone), the gateway's files, and the QR poster places."""

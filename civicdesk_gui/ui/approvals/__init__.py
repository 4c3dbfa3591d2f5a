"""The sign-off queue (결재함): drafts awaiting my review or approval, and my own drafts."""

"""The site's contact form, which editors place on any page as the "Contact form" plugin.

A message travels like this (views.py): the form posts to its own address, not to the CMS page
it sits on; a filled-in trap field gets the thank-you page and nothing else (bots learn nothing);
bad input shows the page again with the errors; a client over the hourly limit is asked, kindly,
to wait; otherwise the message is stored, then mailed to CONTACT_EMAIL (services.py), and the
visitor is sent on to the thank-you page (post/redirect/get). A mail server that is down loses
nothing: editors read every message in the admin and mark it handled.
"""

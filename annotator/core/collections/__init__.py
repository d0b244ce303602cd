"""Collections: import a whole reading list (bookmarks, a list of URLs, a page of links) at once."""

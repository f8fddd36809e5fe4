// Placeholder so the library target has a source until its first real file lands; delete then.

"""The language stages, one package each, in the order the pipeline runs them:
actors, time, places, quotes, events, then tone; `docview` is the per-article view of the
parsed Doc they share."""

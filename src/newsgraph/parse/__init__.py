"""Parse: the one place spaCy is loaded and run (`nlp`), with the faster attribute ruler
(`attributes`), lemmatizer cache (`lemmas`) and tokenizer warm-up (`tokens`) it installs."""

from newsgraph.parse.nlp import analysis_text, load_nlp, parse

__all__ = ["analysis_text", "load_nlp", "parse"]

"""The optional language-model answer mode (TROLY_LLM): generation through LangChain, checked citations.

models.py builds the chat model, prompt.py the messages, citations.py/facts.py check what came back,
answerer.py ties them together with streaming, a deadline and the offline fallback."""

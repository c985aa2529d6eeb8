"""The answer service every channel uses: one object holding the store, the embedder and search."""
from __future__ import annotations

import logging
import re
import sqlite3
import unicodedata
from datetime import timedelta
from dataclasses import replace
from collections.abc import Callable, Iterable, Sequence
from functools import cached_property, partial
from pathlib import Path
from typing import TYPE_CHECKING

from bot.answer import initials
from bot.answer.addressees import recipients_answer, with_addressees
from bot.answer.about_documents import (asked_month, asked_year, documents_about, documents_text, no_signer, requests,
                                        signers, subject, unknown_number)
from bot.answer.artefacts import without_artefacts
from bot.answer.cases import with_case
from bot.answer.chat_words import spelled_out
from bot.answer.compared import compared_documents, side_by_side
from bot.answer.composer import compose
from bot.answer.compound import as_said, cited_documents, merged, parts, questions, stands
from bot.answer.due_questions import DueWindow, asks_if_passed, days_left_asked, due_answer, due_followup, \
    due_named_span, due_window, with_passed
from bot.answer.model import MISSING, Answer, Citation
from bot.answer.followup import RECENT_TURNS, FollowupRewriter, Talked, as_asked, new_topic, \
    own_words_restored, talked_about
from bot.answer.issued_documents import documents_of, of_body
from bot.answer.list_items import list_answer, rest_of_list, whole_table, with_attached_list
from bot.answer.only_one import only_one
from bot.answer.ordinals import ordinal_answer
from bot.answer.other_places import of_another_place
from bot.answer.question import DUTY, classify
from bot.answer.table_cells import absent_row
from bot.answer.unknown_names import channel_only, unnamed_body
from bot.answer.replaced import with_replaced
from bot.answer.row_followup import row_followup
from bot.answer.post_holder import post_holder
from bot.answer.cited_leads import with_cited_leads
from bot.answer.referred import with_referred
from bot.answer.signed_acts import signed_in_text, signed_things
from bot.answer.divisions import article_choice, division_answer
from bot.answer.chair import chaired
from bot.answer.document_facts import grounds_of, issued_by, issued_on, places_of
from bot.answer.smalltalk import asked_kind, asks_for_documents, asks_nothing_of_the_texts, asks_to_remind, \
    small_talk_kind, small_talk_reply, without_small_talk_lead
from bot.answer.summary import asks_summary, summary
from bot.answer.unloaded import unloaded_title
from ingest.pipeline import IngestReport
from ingest.readers import SUPPORTED_SUFFIXES
from troly.config import Settings, get_settings
from troly.texts import t
from troly.vntext import fold, joined_parts, kind_names, normalize, padded_words, plain_words
from troly.weights import Weights
from vectorstore.embed_cache import QUESTION_WAIT, EmbedCache
from vectorstore.embeddings import TrolyEmbeddings, make_embeddings
from vectorstore.issuers import issuer_place_names
from vectorstore.lexical import FOLD, LexicalIndex
from ingest.chunker import RECIPIENTS
from vectorstore.query import closing_asked
from troly.doc_numbers import doc_refs
from vectorstore.search import Filters, Passage, Searcher
from vectorstore.store import DocRecord, Store, is_live
from vectorstore.writer import ProgressFactory, Writer, remove_document

if TYPE_CHECKING:
    from bot.answer.context import AnswerContext
    from bot.answer.llm.answerer import LLMAnswerer

TokenCallback = Callable[[str], None]
log = logging.getLogger("troly.llm")


def _leading_number(number: str) -> int | None:
    """The number a document's number begins with ("07" of "07/TB-CĐCS"), or None."""
    digits = number[:len(number) - len(number.lstrip("0123456789"))]
    return int(digits) if digits else None


# what `show` prints of a document beside its title, any of which an admin may name it by
_NAMING_FIELDS = ("place", "issuer", "parent", "co_issuers", "subject")


def _in_metadata(given: str, record: DocRecord) -> bool:
    """Whether the typed words, diacritics aside, stand whole in the document's title or in what `show` prints of
    where and by whom it was issued ("Tam Kỳ" of a notice whose place and upper body name that city, which no table
    of places knows)."""
    typed = padded_words(given)
    fields = [record.meta.get(key) or "" for key in _NAMING_FIELDS]
    values = [record.title, *(v for field in fields for v in (field if isinstance(field, list) else [field]))]
    return bool(typed.strip()) and any(typed in padded_words(str(value)) for value in values)


def id_key(doc_id: str) -> str:
    """A document id as typed ids are compared with it: one Unicode form (NFC), case aside."""
    return unicodedata.normalize("NFC", doc_id).casefold()


def _leads_alike(answer: str, history: Sequence[tuple[str, ...]] | None) -> bool:
    """Whether an answer leads with the line one of the conversation's recent answers led with: a follow-up asks
    something new."""
    return any(len(t) > 1 and _lead(t[1]) == _lead(answer) for t in (history or [])[-RECENT_TURNS:])


def _lead(answer: str) -> str:
    """The line an answer leads with."""
    return answer.split("\n")[0].strip()


class Assistant:
    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or get_settings()

    def close(self) -> None:
        """Release the store's files and drop the search index, word statistics and model caches
        (each is rebuilt on next use, so a closed Assistant can still be reopened by using it)."""
        for name in ("answer_context", "searcher", "followups", "llm", "embeddings"):
            self.__dict__.pop(name, None)
        vectors = self.__dict__.pop("vector_cache", None)
        if vectors is not None:
            vectors.close()
        lexical = self.__dict__.pop("lexical", None)
        if lexical is not None:
            lexical.close()
        store = self.__dict__.pop("store", None)
        if store is not None:
            store.close()

    def __enter__(self) -> "Assistant":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @cached_property
    def embeddings(self) -> TrolyEmbeddings:
        return make_embeddings(self.settings.embeddings)

    @cached_property
    def store(self) -> Store:
        s = self.settings
        return Store(s.chroma_url or s.chroma_path, s.embeddings, lock_dir=s.data_dir, write_wait=s.write_wait_seconds)

    @cached_property
    def weights(self) -> Weights:
        """Ranking and abstention weights (troly/weights.py; TROLY_WEIGHTS may point to a fitted JSON), for
        this store's embedder."""
        return Weights.load().for_embedder(self.settings.embeddings)

    @cached_property
    def answer_context(self) -> "AnswerContext":
        """Word statistics and extracted obligations for the composer, kept in step with the store."""
        from bot.answer.context import AnswerContext

        return AnswerContext(self)

    @cached_property
    def vector_cache(self) -> EmbedCache | None:
        """The vector cache of TROLY_EMBED_CACHE the searcher reads questions asked before from (and keeps new ones
        in), or None: none set, or it cannot be opened (questions are then embedded every time, as without one)."""
        if not self.settings.embed_cache:
            return None
        try:
            return EmbedCache(self.settings.embed_cache, self.embeddings.cache_name, busy_wait=QUESTION_WAIT)
        except (OSError, sqlite3.Error) as exc:
            log.warning("TROLY_EMBED_CACHE=%s unusable (%s): questions are embedded", self.settings.embed_cache, exc)
            return None

    @cached_property
    def searcher(self) -> Searcher:
        from bot.answer.question import asked_fact, asked_words
        from vectorstore.rerank import Reranker

        s = self.settings
        reranker = Reranker(s.reranker) if s.reranker else None
        return Searcher(self.store, self.embeddings, self.lexical, reranker=reranker,
                        rerank_candidates=s.rerank_candidates, weights=self.weights, asked_fact=asked_fact,
                        asked_words=asked_words, vector_cache=self.vector_cache)

    @cached_property
    def lexical(self) -> LexicalIndex:
        """The lexical index in the data folder, shared with other processes and kept in step by writers.
        It names its store by the server's URL, or "chroma" for the folder beside it: a data folder
        moved or copied elsewhere keeps its index (rebuilding one of 100,000 chunks takes minutes)."""
        s = self.settings
        return LexicalIndex(s.data_dir / "lexical" / "index.sqlite3", self.store, s.chroma_url or s.chroma_path.name)

    @cached_property
    def llm(self) -> "LLMAnswerer | None":
        """The language model of TROLY_LLM, or None for offline answers. A bad setting is logged, never fatal."""
        if not self.settings.llm:
            return None
        from bot.answer.llm.answerer import LLMAnswerer
        from bot.answer.llm.models import make_chat_model

        try:
            return LLMAnswerer(make_chat_model(self.settings), self.settings.llm_timeout)
        except Exception as exc:
            log.warning("TROLY_LLM=%s unusable (%s: %s); answering offline", self.settings.llm, type(exc).__name__, exc)
            return None

    @cached_property
    def followups(self) -> FollowupRewriter:
        return FollowupRewriter(self.llm)

    # ---- documents -------------------------------------------------------------------
    def ingest(self, paths: list[Path], doc_id: str | None = None,
               progress: ProgressFactory | None = None, keep_missing: bool = False) -> IngestReport:
        cache = EmbedCache(self.settings.embed_cache, self.embeddings.cache_name) if self.settings.embed_cache else None
        try:
            return self._writer(cache).ingest(paths, doc_id=doc_id, progress=progress, keep_missing=keep_missing)
        finally:
            if cache is not None:
                cache.close()

    def remove(self, doc_id: str) -> bool:
        return remove_document(self.store, doc_id, self.lexical)

    def _writer(self, cache: EmbedCache | None) -> Writer:
        """A writer for this store and its lexical index."""
        return Writer(self.store, self.embeddings, int(self.settings.max_file_mb * 1e6), self.settings.embed_batch,
                      cache=cache, index=self.lexical, file_seconds=self.settings.max_file_seconds,
                      max_paragraphs=self.settings.max_file_paragraphs)

    def documents(self) -> list[DocRecord]:
        return sorted(self.store.records().values(), key=lambda r: r.doc_id)

    def match_documents(self, given: str, exact: bool = False) -> list[DocRecord]:
        """The documents a typed name stands for: the one with that id (case and Unicode form aside: "thông
        báo.htm" for "Thông báo.HTM", a macOS file name typed on Windows), else those with that number
        ("773/QĐ-TTg", spaces and case aside) — only these two with `exact` (removing: a name that merely
        resembles a document's must not remove it) and for a file name ("TB 62 copy.txt": a file never loaded
        is no document, whatever kind and number its name holds) — else those whose id begins with it ("004_f"),
        else those numbered so before their code ("773"); else those a question naming it would be scoped to
        (what they implement: "KL 51", "KH KL21"; the place that issued them: "Lâm Đồng"; kind and issuer: "công
        văn của Bộ Xây dựng"; kind and number: "KH 12"), else those its words of a title name ("hội thao"), else
        those of the kind it names alone ("Thông báo", "TB": several is an error naming them), else those of the
        body it names as a question asking for a body's documents reads it (its words in the issuer's name: "cao
        su", a company's legal form aside: "công ty may Sông Đào"), else those whose title, place, issuer or upper body
        holds its words ("Tam Kỳ", "tam ky"). `--doc`, `show`, `remove` and the chat's /xoa
        all name documents so (removing takes the others only after asking)."""
        def squash(text: str) -> str:
            return "".join(text.split()).casefold()

        records = self.documents()
        key = id_key(given)
        found = ([r for r in records if r.doc_id == given] or [r for r in records if id_key(r.doc_id) == key]
                 or [r for r in records if r.meta.get("number") and squash(r.meta["number"]) == squash(given)])
        if found or exact or Path(given.strip()).suffix.lower() in SUPPORTED_SUFFIXES:
            return found
        found = [r for r in records if given and id_key(r.doc_id).startswith(key)]
        if not found and re.fullmatch(r"[0-9]+", given.strip()):  # "5115": the number before its code
            # ("5115/LĐTBXH-KHTC"); not "²"
            found = [r for r in records if _leading_number(r.meta.get("number", "")) == int(given)]
        if found or not given.strip() or not records:
            return found
        named = self.searcher.scope_of(given) or self.searcher.worded_in(given, any_kind=True)
        if not named:
            plain = plain_words(given)
            kind = kind_names(codes=True).get(plain)
            named = {r.doc_id for r in records if r.kind == kind} if kind else {
                r.doc_id for r in records if plain and of_body(given, r)}
        # else those whose title or place, issuer or upper body (what `show` prints) holds its words
        return [r for r in records if r.doc_id in named] or [r for r in records if _in_metadata(given, r)]

    # ---- questions -------------------------------------------------------------------
    def search(self, question: str, k: int = 10, filters: Filters | None = None, spread: bool = True,
               meaning: str | None = None, read: bool = False) -> list[Passage]:
        """The passages for a question, chat spellings and initials read as the words they stand for (as ask() reads
        them); `meaning`: the text the dense side searches with, when not the question (Searcher.search); `read`: the
        question is one ask() has read so already (its own searches), not read again — initials no passage spells
        out would be searched for once more each time."""
        with self.searcher.steady():
            asked = question if read else self._initials_read(spelled_out(question), filters)
            return self.searcher.search(asked, k=k, filters=filters, spread=spread,
                                        meaning=spelled_out(meaning) if meaning else None)

    def ask(self, question: str, history: Sequence[tuple[str, ...]] | None = None,
            on_token: TokenCallback | None = None, filters: Filters | None = None) -> Answer:
        """Answer a question. `history` holds the turns of this conversation (followup.Turn, or bare (question,
        answer) pairs): a follow-up ("còn LĐLĐ huyện thì sao?") is answered as the standalone question it stands
        for, which becomes Answer.question (so does one naming a document by a kind it does not have: "Kế hoạch 16" read
        as "Chương trình 16", QueryAnalyzer.kind_corrected); one asking who signed "it" is answered from the document
        the previous answer quoted. `on_token` receives each new piece of the generated text as it arrives
        (language-model mode only); the returned Answer is final — checked, possibly shortened, or the offline answer.
        A question (and the conversation's) typed in decomposed Unicode, as some phone keyboards send it, is read
        composed: the word tables and follow-up rules are written so. The index and the store are checked for other
        processes' changes once, not at each step (Searcher.steady)."""
        with self.searcher.steady():
            return self._ask(question, history, on_token, filters)

    def _ask(self, question: str, history: Sequence[tuple[str, ...]] | None, on_token: TokenCallback | None,
             filters: Filters | None) -> Answer:
        """ask, within one state of the index."""
        question = unicodedata.normalize("NFC", question).strip()
        kind = small_talk_kind(question, bool(history))  # also "👍" (an acknowledgement), "???" (a request for help)
        if kind:
            return Answer(question, small_talk_reply(kind), False, mode="small_talk")
        if not question:
            return Answer(question, t("answer.empty_question"), False)
        question = without_small_talk_lead(question)
        if not self.store.records():
            return Answer(question, t("answer.no_documents"), False)
        if not (filters and filters.where()) and asks_for_documents(question):
            return Answer(question, documents_text(self.documents(), asked_kind(question), asked_year(question),
                                                         asked_month(question)), True,
                          mode="documents")
        due = None if filters and filters.where() else self._due(spelled_out(question), history)
        if due is not None:  # "tháng này có việc gì đến hạn?": the deadlines say, not a passage
            return due_answer(question, due, self.answer_context.obligations, self.settings.current_date(),
                              self._passage, self._passages)
        if asks_to_remind(question):  # "nhắc tôi nộp báo cáo vào 15/6" (not "nhắc mình việc đến hạn tuần này"):
            return Answer(question, t("answer.remind_how"), False, mode="small_talk")  # how reminders are had
        typed, spelled = question, self._initials_read(spelled_out(question), filters)
        # "còn bao nhiêu ngày nữa đến hạn …?": asked when that deadline is, then counted from today (with_passed)
        counted = asks_if_passed(spelled)
        spelled = days_left_asked(spelled) or spelled
        # "Kế hoạch 16" of the plan implementing Chương trình 16: answered as "Chương trình 16", and shown so
        # how it is shown: a question before it typed without diacritics, with only its sure words restored
        standalone, shown = self._standalone(spelled, history)
        # "ở đâu?", "ai trình bày?" after an answer quoting table rows: those rows' column giving it
        row = row_followup(spelled, standalone, history, self.store.doc_chunks)
        if row is not None:
            return row
        question = self.searcher.analyzer.kind_corrected(standalone)
        talked = None if filters and filters.where() else self._talked_about(spelled, question, history)
        about = self.store.records().get(talked.doc_id) if talked else None
        cited = about if talked and talked.only else None
        if about is not None:  # "ai ký?": searched within the document, and shown so ("Hiểu là: ai ký? (văn bản: …)");
            # "ai chủ trì" right after turns about one plan: asked of that plan when it answers there
            joined = joined_parts(question)  # "ký ngày nào? (tiếp theo câu hỏi: ai ký …)": its own words asked of the
            # document (joined, the previous question's words would find the signature again)
            answer = self._answer(joined[0] if joined and cited else question, Filters(doc=about.doc_id), on_token)
            # "được mấy tháng? (tiếp theo câu hỏi: …)" the document does not answer so, or answers
            # with the line the last
            # answer led with ("hạn chót là khi nào?" after a table row: the row again): its own words asked of it (the
            # words of the question before find their own line again, or none)
            retry = self._answer(joined[0], Filters(doc=about.doc_id), on_token) if joined and cited is None and (
                not answer.found or _leads_alike(answer.answer, history)) else None
            # (kept when it leads with that line too: "tăng bao nhiêu %?" after an amount its line also rises by)
            own = retry is not None and (not answer.found or retry.found
                                         and _lead(retry.answer) != _lead(answer.answer))
            answer = retry if own else answer
            # "còn quy chế X?": shown as "ai ký quy chế X?"; a follow-up joined to the question before is shown as it
            # was searched, unless its own words alone were asked of the document
            shown = typed if joined and (cited or own) else question
            if cited is not None or answer.found:
                whole = replace(answer, question=self.followups.of_document(shown, about.short_title))
            else:  # answered from all the documents; found nowhere, the passages maybe related are those of the
                # document the conversation is about ("ai trình bày?" after a timetable's row), not another text's
                wider = self._answer(question, filters, on_token)
                whole = wider if wider.found else replace(answer, question=question)
        else:
            whole = self._answer(question, filters, on_token)
        # "… ai ký, ký ngày nào, gửi những đâu?": each part too (the model reads every part at once)
        answer = whole if self.llm is not None else self._with_parts(whole, spelled, standalone, question, cited,
                                                                          filters)
        # "đã quá hạn … chưa?": whether the deadline quoted has passed today, as troly deadlines counts it
        answer = with_passed(answer, self.answer_context.obligations, self.settings.current_date()) \
            if counted or asks_if_passed(question) else answer
        return self._read_as_answered(answer, typed, (standalone, shown))

    def _initials_read(self, question: str, filters: Filters | None) -> str:
        """The question with the initials it types for a term of the documents ("ktx") written as the term the
        passages it finds write (initials.py): then it finds, and is answered from, what the term spelled out is."""
        words = initials.unknown(question, self.searcher.analyzer.abbreviations)
        if not words:
            return question
        found = self.searcher.search(question, filters=filters)
        documents = [([p.text for p in found if p.doc_id == doc], partial(self._texts_of, doc))
                     for doc in dict.fromkeys(p.doc_id for p in found)]
        return initials.spelled(question, words, documents)

    def _texts_of(self, doc_id: str) -> list[str]:
        return [c.text for c in self.store.doc_chunks(doc_id)]

    def _read_as_answered(self, answer: Answer, typed: str, standalone: tuple[str, str] = ("", "")) -> Answer:
        """An answer to a question typed without diacritics and read otherwise than typed ("dk hs tro cap o dau" read
        "dang ky ho so tro cap o dau"), shown ("Hiểu là: …") with the diacritics the search and the composer read it
        with ("đăng ký hồ sơ trợ cấp ở đâu"; QueryPlan.reading), not folded as spelled out (the words the answer was
        found for), each word restored where the documents vouch for its form (QueryPlan.shown), else as typed: its own
        words, not the document it was asked of nor the question it goes on from (own_words_restored). So is
        a follow-up answered as `standalone` (as searched, as shown): the words of the question before it typed without
        diacritics are shown restored only where sure ("ve dau" not as "về đấu"; review46 R15)."""
        asked = answer.question
        searched, shown_as = standalone
        if asked and asked == searched and shown_as != searched and fold(shown_as) == fold(searched):
            return replace(answer, question=shown_as)
        if not asked or asked == typed:
            return answer
        shown = own_words_restored(asked, lambda text: self.searcher.plan(text).shown.strip() or text)
        if shown == asked or fold(shown) != fold(normalize(asked).strip()):
            return answer
        return replace(answer, question=shown)

    def _with_parts(self, whole: Answer, spelled: str, standalone: str, question: str, cited: DocRecord | None,
                    filters: Filters | None) -> Answer:
        """The answer to a message asking several things (compound.parts): each part answered too, within the one
        document the message is about when it names one and the part names none; a part adds a line only from the
        documents the whole answer cites or the part itself names (compound.merged). A message not answered whole
        (asking two things, it is near no one passage in meaning) is answered by its parts, from the
        document it names."""
        asked = parts(spelled)
        if len(asked) == 1 and standalone != spelled and not joined_parts(standalone):
            asked = parts(standalone)  # "còn KH KL 01 thì sao?" after a message asking several things: each again
        elif standalone != spelled and cited is None:
            return whole  # a follow-up read with the conversation: its parts alone would lose it
        if len(asked) == 1:
            return whole
        scope = {cited.doc_id} if cited else {filters.doc} if filters and filters.doc else \
            self.searcher.scope_of(question)
        within = replace(filters or Filters(), doc=next(iter(scope))) if len(scope) == 1 else filters
        answers, named, closing = [], [], []
        for part, sub in zip(asked, questions(asked, lambda part, first: self._standalone(part, [(first, "")])[0])):
            said = as_said(part)  # what the part names itself, not the first part it may go on from
            named.append(self.searcher.scope_of(said))
            closing.append(self.searcher.plan(sub).closing)
            # a part read with the first ("gửi ai? (tiếp theo câu hỏi: …)") says the message's words in another order:
            # searched with the message's vector (embedded already), not embedded again
            # a part naming nothing and asking only the one document's own data ("ký ngày nào", "gửi những ai") is
            # asked in its own words of it: read with the first ("ai ký …"), it finds the signature again
            own = as_said(part) if not named[-1] and within and within.doc and closing_asked(as_said(part)) else sub
            answers.append(self._part(part, own, filters if named[-1] else within, frozenset(named[-1] or scope),
                                      question if joined_parts(own) else None))
        # a whole answered (or declined for a missing signer) widens each part's documents to those it cites; an
        # abstention's "maybe related" documents do not: its parts answer from what the message or the part names
        shown = (cited_documents(whole) if stands(whole) else set()) or set(scope)
        return merged(whole, answers, lambda n: shown | named[n], closing, [as_said(part) for part in asked])

    def _part(self, typed: str, question: str, filters: Filters | None, docs: frozenset[str],
              meaning: str | None) -> Answer:
        """One part of a message asking several things: a due question ("…, và tháng này có việc gì đến hạn?") from
        the deadlines of the documents the message names (all when it names none), any other searched (with the
        vector of `meaning`, when not None: Searcher.search)."""
        due = self._due(as_said(typed), None)
        if due is not None:
            return due_answer(typed, replace(due, docs=docs), self.answer_context.obligations,
                              self.settings.current_date(), self._passage, self._passages)
        return self._answer(self.searcher.analyzer.kind_corrected(question), filters, None, meaning)

    def _due(self, question: str, history: Sequence[tuple[str, ...]] | None) -> DueWindow | None:
        """The span a question asks what falls due in; after such a question, one naming only another span or
        body ("còn tháng sau?", "còn UBND xã?") asks it of that."""
        today = self.settings.current_date()
        window = due_window(question, today, self._is_body)
        asked = [as_asked(turn[0]) for turn in history or []
                 if not asks_nothing_of_the_texts(turn[0])]
        # the last due question asked, and its window
        last, before = next(((i, w) for i in reversed(range(len(asked)))
                             if (w := due_window(asked[i], today, self._is_body))), (None, None))
        if window is not None:
            # "đã hết hạn chưa?" after a question on one plan's report asks of that report: a due question naming no
            # span, day or body goes on from a question that asked something else of the texts
            goes_on = bool(asked) and last != len(asked) - 1 and window.name in ("soon", "overdue") \
                and not window.actor and not due_named_span(question, today)
            return None if goes_on else window
        if last is None:
            return None
        window = before
        for later in asked[last + 1:] + [question]:  # "còn tháng sau?", then "còn UBND xã?": each changes it
            window = window and due_followup(later, window, today, self._is_body)
        return window

    def _is_body(self, words: str) -> list[str] | None:
        """The names of the body words name ("ldld huyen": "Liên đoàn Lao động huyện", "LĐLĐ huyện" …), or None."""
        body = self.answer_context.obligations.body_of(words)
        return [n for n in (body.name, body.short, *body.variants) if n] if body else None

    def _passages(self, window: DueWindow) -> list[Passage]:
        """The stored passages (of the window's documents, when it names some) that may state a day of the window (a
        month asked: the lines dated in it, due_questions.due_answer): those holding the number of one of its months
        and its year, found in the lexical index, not every stored passage read (slow on a big store)."""
        index, active = self.searcher.refresh(), self.store.active_versions()
        months = {(day.year, day.month) for day in (window.first + timedelta(days=n)
                                                    for n in range((window.last - window.first).days + 1))}
        ids = dict.fromkeys(cid for year, month in sorted(months)
                            for cid in index.holding([str(month), str(year)], window.docs or None))
        return [Passage.from_chunk(c, 0.0) for c in self.store.get_chunks(list(ids)) if is_live(c.meta, active)]

    def _passage(self, doc_id: str, position: int) -> Passage | None:
        """The stored passage at a position of a document (an extracted item's source), or None."""
        chunks = self.store.doc_chunks(doc_id, {position})
        return Passage.from_chunk(chunks[0], 0.0) if chunks else None

    def _standalone(self, question: str, history: Sequence[tuple[str, ...]] | None) -> tuple[str, str]:
        """The question as asked without the conversation, and as shown (FollowupRewriter.rewrite_shown: a question
        before it typed without diacritics read with only the words the documents vouch for restored). A follow-up
        typed without diacritics ("con may gio?") after a question typed with them is made standalone with its own
        words read with them ("mấy giờ (tiếp theo câu hỏi: …)"): put into that question as typed, they would be
        matched so ("gio", no word of the documents). One asking a document's own fact of a document it names itself,
        as `troly ask` reads it (scope_of), stands as asked."""
        return self.followups.rewrite_shown(question, history,
                                            read=lambda text: self.searcher.plan(text).reading or text,
                                            named=self.searcher.scope_of,
                                            sure=lambda text: self.searcher.plan(text).shown or text)

    def _talked_about(self, typed: str, question: str, history: Sequence[tuple[str, ...]] | None) -> Talked | None:
        """The document of the conversation a question (`typed`, chat spellings spelled out; `question`: as rewritten)
        is asked of (followup.talked_about), or the one a question asking who signed or issued it names by words of its
        title (_worded); None for all."""
        records = self.store.records()
        talked = talked_about(typed, question, history,
                              lambda doc_id: records[doc_id].kind if doc_id in records else None,
                              self.searcher.scope_of)
        if talked is not None and not talked.only and self._moved_on(typed, talked.doc_id, records):
            return None
        worded = self._worded(question) if talked is None else ""
        return Talked(worded, True) if worded else talked

    def _moved_on(self, typed: str, doc_id: str, records: Iterable[str]) -> bool:
        """Whether a follow-up names a topic ("còn nghỉ mát thì sao?") the document talked about does not speak of
        and a passage of another document does: asked of all the documents, not kept to the one the last answer quoted
        (there its previous question's words would find that answer again)."""
        words = new_topic(typed)
        others = [d for d in records if d != doc_id]
        if not words or not others:
            return False
        said = self.answer_context.lexicon.words_of(doc_id, lambda: (  # its words anywhere, title and headings too
            " ".join([*(chunk.meta.get(key, "") for key in ("title", "section", "context", "lead")), chunk.text])
            for chunk in self.store.doc_chunks(doc_id)))
        return not words <= said and bool(self.searcher.refresh().holding([FOLD + w for w in sorted(words)], others))

    def _worded(self, question: str) -> str:
        """The one document a question asking who signed or issued it names by words of its title, not by number
        ("ai ký kế hoạch hội thao"), else "": answered from it as a follow-up is from the document it refers to.
        A question naming a number ("Quyết định 99 về …") is about that number, loaded or not: none."""
        if not closing_asked(question) - {RECIPIENTS} or doc_refs(question):
            return ""
        named = self.searcher.worded_in(question)
        scope = self.searcher.scope_of(question)
        return next(iter(named)) if len(named) == 1 and scope == named else ""

    def _summarised(self, question: str, filters: Filters | None) -> set[str]:
        """The document a summary request is about: the one the conversation is about, else the one it names, else
        the one loaded document of the kind it names ("tóm tắt thông báo về …" with one notice loaded)."""
        if filters and filters.doc:
            return {filters.doc}
        return self.searcher.scope_of(question) or self.searcher.sole_of_kind(question)

    def _answer(self, question: str, filters: Filters | None, on_token: TokenCallback | None,
                meaning: str | None = None) -> Answer:
        """The answer to a standalone question (searched with the vector of `meaning`, when not None)."""
        records = self.documents()
        # "suất quà của CV 126 và của HD 05, bên nào nhiều hơn?": each document's own line, side by side
        pair = compared_documents(question, self.searcher, records, filters)
        sides = side_by_side(question, records, pair, lambda doc, asked: self._answer(
            asked, replace(filters or Filters(), doc=doc), None)) if pair else None
        if sides is not None:
            return sides
        # "ai ký quyết định chi …", "thỏa ước … ký ngày nào": a thing the text says who signs or when, not a document
        things = signed_things(question, self.searcher, filters)
        gathered = self.answer_context.gather(question, filters, meaning) if things else None
        said = signed_in_text(question, things, gathered[0]) if gathered else None
        if said is not None:
            return said
        listed = signers(question, self.searcher, records, self.store.doc_chunks, filters)
        if listed is not None:
            return listed
        passages, hints, lexicon = gathered or self.answer_context.gather(question, filters, meaning)
        missing = unknown_number(question, self.searcher, records, passages, self.store.doc_chunks)
        unanswerable = no_signer(question, self.searcher, records, passages, filters) or (
            missing.text if missing and missing.certain else None)
        if unanswerable:  # what the document's own data lacks ("không ghi người ký"): a part of a message says it too
            return Answer(question, unanswerable, False, mode=MISSING)
        own = issued_by(question, self.searcher, records, self.store.doc_chunks, filters) or issued_on(
            question, self.searcher, records, passages, self.store.doc_chunks, filters) or places_of(
            question, self.searcher, records, self.store.doc_chunks, filters) or grounds_of(
            question, self.searcher, records, self.store.doc_chunks, filters) or chaired(
            question, self.searcher, records, self.store.doc_chunks, filters)
        if own is not None:  # the document's own data: who issued it, when, which provinces it concerns, its grounds,
            # who chaired the meeting it concludes
            return own
        if self.llm is not None:
            generated = self.llm.answer(question, without_artefacts(passages)[:10], on_token)
            if generated is not None:
                return generated
        # "… gồm những hoạt động nào": the whole list under the heading naming them, before a line of it or the title
        # "nội dung thứ 5 là gì": the item at that place of the list named, which no line's words say
        # "Chương III quy chế gồm những điều nào": the outline under that heading (or that the text has no such one)
        # "tóm tắt kế hoạch …": the outline of the one document named (or the conversation is about)
        # "Điều 6 quy định gì" naming no document, several having one: which of them (each article cited), asked back
        # "KH 27 gửi những đơn vị nào": the "Nơi nhận" list of the one document named, whatever search ranked first
        named = self.searcher.scope_of(question)
        asked = {filters.doc} if filters and filters.doc else named
        # the question with the diacritics the documents vouch for, when typed without ("ca long an": "cá lồng ăn")
        reading = self.searcher.plan(question).reading
        answer = recipients_answer(question, lambda rest: asked if filters and filters.doc else (
            self.searcher.scope_of(rest) or self.searcher.sole_of_kind(rest)), self.store.doc_chunks) or (summary(
            question, {r.doc_id: r for r in records}, self._summarised(question, filters),
            self.store.doc_chunks) if asks_summary(question) else None) or \
            article_choice(question, records, asked, self.store.doc_chunks) or \
            division_answer(question, records, named, self.store.doc_chunks) or \
            documents_of(question, records, self.store.doc_chunks) or ordinal_answer(
            question, passages, self.store.doc_chunks, self.weights) or list_answer(
            question, passages, self.store.doc_chunks, False, self.weights) or requests(
            question, self.searcher, records, self.store.doc_chunks, self.weights) or subject(
            question, passages, self.searcher, records, self.store.doc_chunks) or documents_about(
            question, records, self.store.doc_chunks, partial(self.search, read=True)) or compose(
            question, passages, hints, lexicon, self.weights, reading, bool(filters and filters.doc))
        if not answer.found:  # "… có bao nhiêu hoạt động": no line states it, the list's items say it
            answer = list_answer(question, passages, self.store.doc_chunks, True, self.weights) or answer
        answer = with_attached_list(with_addressees(answer, self.store.doc_chunks, question), question,
                                    self.store.doc_chunks, self.weights)
        answer = whole_table(answer, question, self.store.doc_chunks, self.weights, passages)
        # "… gồm những gì", "… cho những khu vực nào" answered with some items of one list: all of it
        answer = rest_of_list(answer, question, self.store.doc_chunks, self.weights)
        # "sản phẩm 5 sao duy nhất … là gì": the sentence counting one such ("01 sản phẩm 5 sao (Chè …)")
        answer = only_one(answer, question, passages) or answer
        # a quoted line whose content is another clause of its text ("… nêu tại điểm a khoản 2 Điều 2"): that clause too
        answer = with_referred(answer, question, self.store.doc_chunks)
        answer = with_cited_leads(answer, self.store.doc_chunks)  # a lead-in shown before an item: its passage cited
        # a case asked of a list of cases: one the list lacks said so, with its cases; yes or no stated plainly: "Có"
        # "QĐ 33/2019 còn hiệu lực không": the line of the text replacing it says no (not "Có." over its words)
        answer = with_replaced(answer, question) or with_case(answer, question, self.store.doc_chunks, self.weights,
                                                                   lexicon.abbreviations, lexicon.synonyms)
        # "ai là chủ tịch công đoàn X?": no sentence says (none found, or the one found names no such post), the
        # signature of X's document does
        answer = post_holder(question, records, self.store.doc_chunks, answer.answer if answer.found else "") or answer
        if missing and not answer.found:  # not "may be related": passages of other documents
            return Answer(question, missing.text, False, confidence=answer.confidence)
        absent = unloaded_title(question, records, [c.passage.text for c in answer.citations] if answer.found else None,
                                [c.passage.section for c in answer.citations])
        if absent:  # "Theo Luật Điện ảnh, …" of documents none of which it is (a plan's answer is not the law's)
            return Answer(question, absent, False, confidence=answer.confidence)
        reason = self._not_of_it(question, reading or question, answer, records, passages) if answer.found else ""
        if reason:  # the lines found are of another place, body or row than the one asked
            return Answer(question, t("answer.not_found_detail", reason=reason), False, answer.citations,
                          confidence=answer.confidence)
        return self._channel_only(question, reading or question, answer, passages) if answer.found else answer

    def _channel_only(self, question: str, read: str, answer: Answer, passages: list[Passage]) -> Answer:
        """"Ban Tổ chức làm gì" of documents naming it only as where a list goes ("… (qua Ban Tổ chức) trước ngày
        20/4"): told so, that line cited, not another body's duty as if it were its own. Every document found is read
        (one of them may give it a duty). `read`: as _not_of_it's."""
        if DUTY not in classify(read).kinds:
            return answer
        cited = sorted({c.passage.doc_id for c in answer.citations} | {p.doc_id for p in passages})
        found = channel_only(read, lambda: [Passage.from_chunk(c, 0.0) for doc in cited
                                            for c in self.store.doc_chunks(doc)])
        if found is None:
            return answer
        body, passage, (start, end) = found
        return Answer(question, t("abstain.channel_only", body=body, line=passage.text[start:end].strip()), False,
                      [Citation(1, passage, [(start, end)])], confidence=answer.confidence)

    def _not_of_it(self, question: str, read: str, answer: Answer, records: list[DocRecord],
                   passages: list[Passage]) -> str:
        """Why an answer found is not the one asked, "" when it is: its lines are of another province than the one
        named, its documents never name the body asked its duties, or its table has no row for the one named. `read`:
        the question with the diacritics the documents vouch for."""
        # "MTTQ tỉnh Bình Thuận hỗ trợ … bao nhiêu" answered from Ninh Thuận's guide: its figure is Ninh Thuận's
        by_id = {r.doc_id: r for r in records}
        place, others = of_another_place(read, [c.passage for c in answer.citations], passages, lambda doc: set(
            issuer_place_names(by_id[doc].meta, seat=False)) if doc in by_id else set())
        if place:
            return t("abstain.elsewhere", place=place, others=others)
        cited = sorted({c.passage.doc_id for c in answer.citations})
        # "Phòng Tư pháp được giao nhiệm vụ gì" answered with other bodies' tasks of a letter never naming it
        body = unnamed_body(question, lambda: [self._whole_text(doc) for doc in cited]) \
            if DUTY in classify(read).kinds else ""
        if body:
            return t("abstain.unnamed_body", body=body)
        # "phòng 2 người giá bao nhiêu" of a fee table with rows for 4, 6 and 8: another row's figure is not its
        row, rows = absent_row(question, lambda: [Passage.from_chunk(c, 0.0) for doc in cited
                                                  for c in self.store.doc_chunks(doc)])
        return t("abstain.absent_row", row=row, rows=rows) if row else ""

    def _whole_text(self, doc_id: str) -> str:
        """A document's every passage with its headings, lead-ins and name (Passage.written): where it names a body."""
        return " \n ".join(Passage.from_chunk(c, 0.0).written for c in self.store.doc_chunks(doc_id))

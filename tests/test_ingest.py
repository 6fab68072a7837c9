"""Reading articles: decoding, cleaning, HTML, language, metadata and statuses (no model needed)."""

from __future__ import annotations

import os
import re
import sys

import pandas as pd
import pytest

from factcmp import html
from factcmp.cleaning import MAX_TOKENS, MAX_WORD_CHARS, clean, clean_text, truncate
from factcmp.decoding import binary_kind, decode_bytes
from factcmp.errors import ConfigError, InputError
from factcmp.html import extract_html, html_to_text, looks_like_html, resolve_method
from factcmp.ingest import folder_entries, load_articles, split_header
from factcmp.language import accepts, guess_language, languages_for

from .badfiles import BAD, ENGLISH, LATIN1, MAC_ROMAN, WESTERN, western, write_empty_and_binary, write_encodings, write_folders
from .conftest import RAMADI


def body_of(text: str) -> str:
    return split_header(text)[1].strip()


class TestDecodeBytes:
    @pytest.mark.parametrize(
        ("codec", "note"),
        [
            ("utf-8", ""),
            ("utf-8-sig", ""),
            ("utf-16", "decoded as UTF-16"),
            ("utf-16-le", "decoded as UTF-16 (no byte-order mark)"),
            ("utf-16-be", "decoded as UTF-16 (no byte-order mark)"),
            ("utf-32", "decoded as UTF-32"),
            ("utf-32-le", "decoded as UTF-32 (no byte-order mark)"),
            ("utf-32-be", "decoded as UTF-32 (no byte-order mark)"),
            ("cp1252", "decoded as Windows-1252 (cp1252)"),
        ],
    )
    def test_each_encoding_gives_back_the_exact_text(self, codec, note):
        assert decode_bytes(WESTERN.encode(codec)) == (WESTERN, note)

    def test_latin1_is_not_mistaken_for_another_codepage(self):
        # charset detectors often call short Latin-1 text cp1250 or mac_roman; the accents must survive
        assert decode_bytes(LATIN1.encode("latin-1")) == (LATIN1, "decoded as Latin-1 (ISO-8859-1)")

    def test_utf8_with_a_few_cp1252_bytes_keeps_both(self):
        data = "Zürich “fled”".encode() + b" and \x93quoted\x94"
        text, note = decode_bytes(data)
        assert text == "Zürich “fled” and “quoted”"
        assert "UTF-8" in note

    def test_cyrillic_single_byte_text_goes_to_the_detector(self):
        text = "Боевики захватили город после трёх дней боёв, сообщил представитель губернатора провинции."
        assert decode_bytes(text.encode("cp1251")).text == text

    @pytest.mark.parametrize(
        ("data", "kind"),
        [
            (b"%PDF-1.7\n...", "a PDF document"),
            (b"\x89PNG\r\n\x1a\n" + bytes(50), "a PNG image"),
            (b"PK\x03\x04" + bytes(50), "a ZIP archive (or .docx/.xlsx/.odt)"),
            (bytes(range(256)) * 4, "binary data"),
        ],
    )
    def test_binary_files_are_named_not_decoded(self, data, kind):
        assert binary_kind(data) == kind
        decoded = decode_bytes(data)
        assert decoded.text is None
        assert kind in decoded.note

    def test_utf32_without_a_bom_in_other_scripts(self):
        for text in ("Около 500 человек погибли, сообщили власти.", "约500人死亡，官员说。"):
            for codec in ("utf-32-le", "utf-32-be"):
                assert decode_bytes(text.encode(codec)) == (text, "decoded as UTF-32 (no byte-order mark)")

    def test_numbers_in_four_bytes_are_not_utf32_text(self):
        import random
        import struct

        rng = random.Random(32)
        counts = struct.pack("<1024i", *(rng.randrange(5000) for _ in range(1024)))  # small 32-bit integers, valid code points
        assert decode_bytes(counts) == (None, "not text but binary data: save it as plain text (.txt) first")
        assert decode_bytes(bytes(4096)).text is None

    @pytest.mark.parametrize(
        "text",
        [
            MAC_ROMAN,
            "About 300 homes in Zürich lost power, police said.",  # one word: "ZŸrich" in cp1252
            "The café owner said 20 people were hurt.",  # "cafŽ"
            "It’s “the worst flood” since 1990, officials said.",  # quotes only: "ItÕs ÒtheÓ", Latin-1 bytes
            "AUSTIN (KXAN) — At 7:49 p.m. Thursday, a man was booked into jail.",  # a lone dash: "Ñ"
        ],
    )
    def test_mac_roman_is_read_as_mac_roman(self, text):
        assert decode_bytes(text.encode("mac_roman")) == (text, "decoded as Mac OS Roman")

    @pytest.mark.parametrize(
        "text",
        [
            "It’s “the worst flood” – since 1990… officials said.",  # read as Mac Roman: "Itís ìtheî ñ" (all lowercase)
            "“Óscar Arias,” he said – it’s over.",
            "Dara Ó Briain said it’s “fine”.",  # the Irish Ó stands alone
            "São Paulo’s mayor, MÜLLER’S shop and the Ñandú reserve — “closed”.",
            "É. Philippe said costs rose 5% to €40m ™ © ®.",
            "Source:Â Al Jazeera and agencies",  # UTF-8 mojibake saved as cp1252: cleaning repairs it
        ],
    )
    def test_windows_text_is_not_mistaken_for_mac_roman(self, text):
        data = text.encode("cp1252")
        assert decode_bytes(data).text == data.decode("cp1252")
        assert "Mac" not in decode_bytes(data).note

    def test_a_stray_nul_in_text_is_not_binary(self):
        assert decode_bytes(b"About 500 people\x00 fled the city on Sunday, officials said.").text is not None

    def test_empty_bytes_are_empty_text(self):
        assert decode_bytes(b"") == ("", "")


class TestClean:
    def test_mojibake_is_repaired_and_noted(self):
        import ftfy.bad_codecs  # noqa: F401  (registers the codec browsers use for cp1252)

        broken = "The mayor’s “warning”".encode().decode("sloppy-windows-1252")
        assert clean(broken) == ("The mayor’s “warning”", ["mojibake repaired"])

    def test_runs_of_replacement_characters_are_reported_and_removed(self):
        text, notes = clean("a \ufffd\ufffd\ufffd\ufffd b, don\ufffdt, \ufffd\ufffdquoted\ufffd\ufffd")
        assert "\ufffd" not in text
        assert text == 'a   b, don\'t, "quoted"'
        assert notes == ["4 characters were lost before factcmp read the text (U+FFFD)"]

    def test_invisible_characters_that_split_numbers_are_dropped(self):
        assert clean_text("About 5\u200b00 people\u00ad \u202efled\u202c") == "About 500 people fled"

    def test_control_characters_and_carriage_returns(self):
        assert clean_text("one\r\ntwo\rthree\x00\x07\x0cfour") == "one\ntwo\nthree\nfour"

    def test_a_run_too_long_to_be_a_word_is_broken_up_and_noted(self):
        # constructed: a claim buried in 3,000 brackets each side, one 'word' the tokenizer reads in quadratic time
        text, notes = clean("At least 12 people " + "(" * 3000 + "died" + ")" * 3000 + " on Sunday.")
        assert max(len(w) for w in text.split()) == MAX_WORD_CHARS
        assert text.startswith("At least 12 people ((") and text.endswith(")) on Sunday.")
        assert text.replace(" ", "") == ("Atleast12people" + "(" * 3000 + "died" + ")" * 3000 + "onSunday.")
        assert notes == [
            f"1 run(s) of more than {MAX_WORD_CHARS} characters without a space (no words: a link, a data blob) "
            "were broken into pieces"
        ]

    def test_an_article_of_marks_is_cut_at_max_tokens_with_a_warning(self):
        # constructed: 60,000 characters that are 60,000 tokens, under MAX_CHARS but a gigabyte and more to parse
        text = "About 500 people died. " + " ".join(['("'] * 30_000)
        docs = load_articles(pd.DataFrame([{"doc_id": "marks", "text": text, "published": "2015-05-18"}]))
        row = docs.iloc[0]
        assert row["status"] == "ok" and row["text"].startswith("About 500 people died.")
        assert len(re.findall(r"\w+|[^\w\s]", row["text"])) <= MAX_TOKENS
        assert f"(at most {MAX_TOKENS:,} words and punctuation marks are read)" in row["warning"]

    def test_words_and_links_of_real_articles_are_left_whole(self):
        link = "https://www.example.com/news/" + "a-long-slug-" * 30  # 389 characters: a long link, but a link
        assert clean_text(f"See {link} for more.") == f"See {link} for more."
        for path in RAMADI.glob("*.txt"):
            assert not any("without a space" in n for n in clean(path.read_text(encoding="utf-8")).notes), path.name

    def test_furniture_lines_go_but_sentences_mentioning_them_stay(self):
        text = "Headline\n\n3 min read\nAdvertisement\nShe said to sign up for the army.\nRelated News"
        assert clean_text(text) == "Headline\n\nShe said to sign up for the army."

    def test_truncate_cuts_at_a_paragraph_end_when_one_is_near(self):
        text = ("word " * 7 + "word.\n\n") * 10
        cut = truncate(text, 200)
        assert len(cut) <= 200
        assert text.startswith(cut)
        assert text[len(cut) :].startswith("\n\n")

    def test_truncate_leaves_short_text_alone(self):
        assert truncate("short", 10) == "short"


class TestHtml:
    def test_scripts_styles_and_comments_never_survive(self):
        page = "<style>p{}</style><p>500 <b>dead</b></p><!-- x --><script>alert('x')</script><p>End"
        assert html_to_text(page) == "500 dead\n\nEnd"

    def test_an_unclosed_script_is_dropped_to_the_end(self):
        assert html_to_text("<p>Ten people</p><script>steal()") == "Ten people"

    def test_comparison_signs_in_text_are_not_tags(self):
        assert html_to_text("<p>fewer than 5 < 6 and x > 2</p>") == "fewer than 5 < 6 and x > 2"

    def test_escaped_markup_stays_visible_text(self):
        assert html_to_text("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>") == "<script>alert(1)</script>"

    def test_table_cells_keep_apart(self):
        assert html_to_text("<table><tr><td>Arsenal</td><td>2</td></tr><tr><td>Leeds</td><td>1</td></tr></table>") == (
            "Arsenal 2\n\nLeeds 1"
        )

    def test_html_is_recognised_in_pasted_text_but_not_in_prose(self):
        assert looks_like_html("Intro line.\n<p>One</p>\n<p>Two</p>\n<div>three</div>")
        assert not looks_like_html("The score was 3<4 and <b>")

    def test_strip_method_on_request(self):
        assert extract_html("<p>About 500</p>", method="strip") == ("About 500", "strip")

    def test_unknown_method_is_a_config_error(self):
        with pytest.raises(ConfigError, match="unknown HTML method"):
            resolve_method("beautifulsoup")

    def test_trafilatura_when_installed(self):
        pytest.importorskip("trafilatura", exc_type=ImportError)
        page = (
            "<html><body><nav>Home | World | Sport</nav><article><h1>Quake</h1>"
            + "<p>At least 24 people were killed when the earthquake struck the province on Tuesday, officials said.</p>" * 3
            + "</article><footer>Contact us</footer></body></html>"
        )
        text, method = extract_html(page, method="trafilatura")
        assert method == "trafilatura"
        assert "24 people were killed" in text
        assert "Contact us" not in text

    def test_trafilatura_falls_back_to_stripping_a_fragment(self):
        pytest.importorskip("trafilatura", exc_type=ImportError)
        assert extract_html("<p>Five dead</p>", method="trafilatura") == ("Five dead", "strip")

    def test_a_trafilatura_that_does_not_import_is_a_warning_not_a_crash(self, tmp_path, monkeypatch):
        # trafilatura 2 with lxml >= 5.2 but no lxml_html_clean fails on import: seen on a fresh install
        broken = tmp_path / "trafilatura"
        broken.mkdir()
        (broken / "__init__.py").write_text(
            'raise ImportError("lxml.html.clean module is now a separate project lxml_html_clean.")\n', encoding="utf-8"
        )
        monkeypatch.syspath_prepend(str(tmp_path))
        monkeypatch.delitem(sys.modules, "trafilatura", raising=False)
        html._import_failure.cache_clear()
        try:
            with pytest.warns(RuntimeWarning, match="does not import.*lxml_html_clean"):
                got = extract_html("<html><body><p>At least 24 people were killed.</p></body></html>")
            assert got == ("At least 24 people were killed.", "strip")
            with pytest.raises(ConfigError, match="does not import"):
                resolve_method("trafilatura")
            folder = tmp_path / "cluster"
            folder.mkdir()
            (folder / "a.html").write_text("<html><body><p>Five people died on Sunday.</p></body></html>", encoding="utf-8")
            with pytest.warns(RuntimeWarning, match="does not import"):
                arts = load_articles(folder)
            assert arts["text"].tolist() == ["Five people died on Sunday."]
        finally:
            html._import_failure.cache_clear()  # the real package, if any, for the tests that follow


class TestLanguage:
    @pytest.mark.parametrize(
        ("name", "code"),
        [("french", "fr"), ("spanish", "es"), ("german", "de"), ("russian", "ru"), ("chinese", "zh"), ("arabic", "ar")],
    )
    def test_fixtures_are_recognised(self, name, code):
        assert guess_language((BAD / f"{name}.txt").read_text(encoding="utf-8")).code == code

    def test_every_ramadi_article_is_english(self):
        for path in RAMADI.glob("*.txt"):
            assert guess_language(path.read_text(encoding="utf-8")).code == "en", path.name

    def test_numbers_names_and_short_notes_are_not_called_foreign(self):
        table = "\n".join(f"Arsenal {n} Chelsea {n + 1} (att: {n * 1000})" for n in range(40))
        for text in (table, "Breaking: five dead", "Zürich Genève Montréal São Paulo " * 10):
            guess = guess_language(text)
            assert accepts(guess, ["en"]), (text[:40], guess)

    def test_a_multilingual_model_accepts_any_language(self, blank_nlp):
        import spacy

        assert languages_for(blank_nlp) == ("en",)
        assert languages_for(spacy.blank("xx")) == ("*",)
        assert accepts(guess_language((BAD / "french.txt").read_text(encoding="utf-8")), languages_for(spacy.blank("xx")))


class TestLoadArticles:
    def test_encodings_folder(self, tmp_path):
        expected = write_encodings(tmp_path)
        docs = load_articles(tmp_path).set_index("doc_id")
        assert docs["status"].to_dict() == expected
        towns = {"utf16_bom": "Ashford", "utf16_nobom": "Bexley", "cp1252": "Crewe", "mojibake": "Dover"}
        towns |= {"utf32_nobom_le": "Falmouth", "utf32_nobom_be": "Grimsby"}
        for doc_id, town in towns.items():
            assert docs.at[doc_id, "text"] == body_of(western(town)), doc_id
        assert "decoded as UTF-32 (no byte-order mark)" in docs.at["utf32_nobom_be", "warning"]
        assert docs.at["latin1", "text"] == body_of(LATIN1)
        assert docs.at["mac_roman", "text"] == body_of(MAC_ROMAN)
        assert docs.at["mac_roman", "warning"] == "decoded as Mac OS Roman"
        assert docs.at["mixed_utf8_cp1252", "text"] == body_of(western("Epsom")).replace(" officials", " “officials”")
        assert "decoded as UTF-16" in docs.at["utf16_bom", "warning"]
        assert "mojibake repaired" in docs.at["mojibake", "warning"]
        assert docs.at["utf16_nobom", "published"] == "2015-05-19"

    def test_empty_and_binary_files_each_get_a_row_with_the_reason(self, tmp_path):
        expected = write_empty_and_binary(tmp_path)
        docs = load_articles(tmp_path).set_index("doc_id")
        assert docs["status"].to_dict() == expected
        assert docs.at["scan_as_text", "warning"].startswith("not text but a PDF document")
        assert docs.at["photo", "warning"].startswith("not an article file (.jpg)")
        assert docs.at["empty", "warning"] == "no text after cleaning"
        assert (docs["text"] == "").all()

    def test_non_english_is_skipped_with_the_fix_unless_accepted(self, tmp_path):
        (tmp_path / "fr.txt").write_bytes((BAD / "french.txt").read_bytes())
        (tmp_path / "en.txt").write_text(ENGLISH, encoding="utf-8")
        docs = load_articles(tmp_path).set_index("doc_id")
        assert docs["status"].to_dict() == {"en": "ok", "fr": "skipped"}
        assert "looks French" in docs.at["fr", "warning"] and "--model" in docs.at["fr", "warning"]
        assert docs.at["fr", "language"] == "fr"
        everything = load_articles(tmp_path, languages="*").set_index("doc_id")
        assert set(everything["status"]) == {"ok"}
        french = load_articles(tmp_path, languages=["fr"]).set_index("doc_id")
        assert french["status"].to_dict() == {"en": "skipped", "fr": "ok"}

    def test_a_second_copy_counts_once(self, tmp_path):
        (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
        (tmp_path / "b.txt").write_text(ENGLISH.replace("\n\n", "\n\n\n") + "\n\n  \n", encoding="utf-8")
        (tmp_path / "c.txt").write_text(ENGLISH.replace("12 people", "14 people"), encoding="utf-8")
        docs = load_articles(tmp_path).set_index("doc_id")
        assert docs["status"].to_dict() == {"a": "ok", "b": "skipped", "c": "ok"}
        assert "the same text as 'a'" in docs.at["b", "warning"]

    def test_huge_article_is_cut_with_a_warning(self, tmp_path):
        # paragraphs differ: the same line twice in a row is dropped as a repeated headline
        paras = [f"About {n} people fled the city on Sunday, officials said. " * 20 + "\n\n" for n in range(2000)]
        (tmp_path / "long.txt").write_text("".join(paras), encoding="utf-8")
        docs = load_articles(tmp_path, max_chars=50_000)
        text = docs.at[0, "text"]
        assert 40_000 <= len(text) <= 50_000
        assert text.endswith("officials said.")
        assert f"very long ({sum(map(len, paras)):,} characters)" in docs.at[0, "warning"]
        assert docs.at[0, "status"] == "ok"

    def test_html_file_and_pasted_html(self, tmp_path):
        (tmp_path / "page.html").write_text("<html><body><p>Ten people died.</p><script>x()</script></body></html>")
        (tmp_path / "pasted.txt").write_text("Title: T\nDate: 2015-05-18\n\n<p>Five hurt.</p>\n<p>Two fled.</p>\n<br>\n")
        docs = load_articles(tmp_path, html="strip").set_index("doc_id")
        assert docs.at["page", "text"] == "Ten people died."
        assert docs.at["pasted", "text"] == "Five hurt.\n\nTwo fled."
        assert docs.at["pasted", "published"] == "2015-05-18"
        assert "HTML converted to text" in docs.at["pasted", "warning"]

    def test_no_date_anywhere(self, tmp_path):
        (tmp_path / "a.txt").write_text("Five people were hurt on Monday.", encoding="utf-8")
        docs = load_articles(tmp_path)
        assert docs.at[0, "published"] == docs.at[0, "reference_date"] == ""
        assert "no publication date anywhere" in docs.at[0, "warning"]
        dated = load_articles(tmp_path, date="2015-05-18")
        assert dated.at[0, "reference_date"] == "2015-05-18"

    def test_bad_dates_in_headers_are_ignored_not_fatal(self, tmp_path):
        (tmp_path / "a.txt").write_text("Title: x\nDate: 2015-13-45\n\nFive hurt.", encoding="utf-8")
        (tmp_path / "b.txt").write_text("Title: y\nDate: =cmd|' /C calc'!A0\n\nSix hurt.", encoding="utf-8")
        (tmp_path / "c.txt").write_text("Title: z\nDate: Monday\n\nSeven hurt.", encoding="utf-8")
        docs = load_articles(tmp_path)
        assert list(docs["published"]) == ["", "", ""]
        assert list(docs["status"]) == ["ok", "ok", "ok"]
        # ignored, but said: the warning names the date that could not be read
        assert "publication date '2015-13-45' is not a date factcmp can read" in docs.at[0, "warning"]
        assert "publication date \"=cmd|' /C calc'!A0\" is not a date" in docs.at[1, "warning"]

    @pytest.mark.parametrize("languages", [5, [5], [], None])
    def test_languages_that_are_not_codes_are_a_config_error(self, tmp_path, languages):
        (tmp_path / "a.txt").write_text("Five hurt.", encoding="utf-8")
        with pytest.raises(ConfigError, match="ISO 639-1"):
            load_articles(tmp_path, languages=languages)

    def test_a_bad_reference_date_is_a_config_error(self, tmp_path):
        (tmp_path / "a.txt").write_text("Five hurt.", encoding="utf-8")
        with pytest.raises(ConfigError, match="YYYY-MM-DD"):
            load_articles(tmp_path, date="the day before")

    def test_every_file_of_a_folder_is_listed_but_notes_and_hidden_files(self, tmp_path):
        for n, name in enumerate(("a.txt", "b", "c.pdf", "README.md", "SOURCES.md", ".DS_Store", "sources.csv", "Thumbs.db")):
            (tmp_path / name).write_text(f"{n + 5} people hurt.", encoding="utf-8")
        for hidden in (".ipynb_checkpoints", "__MACOSX", ".git"):
            (tmp_path / hidden).mkdir()
            (tmp_path / hidden / "a.txt").write_text("Nine people hurt.", encoding="utf-8")
        (tmp_path / "sub").mkdir()
        docs = load_articles(tmp_path)
        assert dict(zip(docs["doc_id"], docs["status"], strict=True)) == {"a": "ok", "b": "ok", "c": "skipped", "sub/": "skipped"}

    def test_a_sub_folder_beside_articles_gets_a_row_saying_it_was_not_read(self, tmp_path):
        write_folders(tmp_path)
        (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
        (tmp_path / "older_cluster.txt").write_text(ENGLISH.replace("12 people", "13 people"), encoding="utf-8")
        docs = load_articles(tmp_path).set_index("doc_id")
        # the folder's id cannot take the id of the article named like it
        assert dict(docs["status"]) == {"a": "ok", "older_cluster/": "skipped", "older_cluster": "ok"}
        row = docs.loc["older_cluster/"]
        assert row["path"] == str(tmp_path / "older_cluster")
        assert row["warning"].startswith("a folder, not an article: its files were not read")
        assert "factcmp.iter_compare" in row["warning"]
        assert "doc_id" not in docs.at["older_cluster", "warning"]  # not renamed

    def test_a_folder_of_folders_only_is_still_an_error_naming_them(self, tmp_path):
        for name in ("aceh", "paris", "__MACOSX"):
            (tmp_path / name).mkdir()
            (tmp_path / name / "a.txt").write_text(ENGLISH, encoding="utf-8")
        (tmp_path / "README.md").write_text("Two clusters.", encoding="utf-8")
        with pytest.raises(InputError, match=r"holds folders \('aceh', 'paris'\): give one of them.*iter_compare"):
            load_articles(tmp_path)

    def test_folders_in_several_inputs_are_each_listed(self, tmp_path):
        (tmp_path / "clusters" / "aceh").mkdir(parents=True)
        (tmp_path / "articles").mkdir()
        (tmp_path / "articles" / "a.txt").write_text(ENGLISH, encoding="utf-8")
        docs = load_articles([tmp_path / "clusters", tmp_path / "articles"])
        assert dict(zip(docs["doc_id"], docs["status"], strict=True)) == {"aceh/": "skipped", "a": "ok"}

    def test_a_glob_that_matches_a_folder_lists_it(self, tmp_path):
        (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
        (tmp_path / "b.d").mkdir()
        docs = load_articles(str(tmp_path / "*"))
        assert dict(zip(docs["doc_id"], docs["status"], strict=True)) == {"a": "ok", "b.d/": "skipped"}

    @pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs symbolic links and named pipes (POSIX)")
    def test_broken_links_and_pipes_in_a_folder_are_listed_not_read(self, tmp_path):
        (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
        (tmp_path / "gone.txt").symlink_to(tmp_path / "deleted.txt")
        os.mkfifo(tmp_path / "feed.txt")  # reading it would wait for a writer forever
        docs = load_articles(tmp_path).set_index("doc_id")
        assert dict(docs["status"]) == {"a": "ok", "feed": "skipped", "gone": "skipped"}
        assert docs.at["gone", "warning"] == "a broken link: the file it points to does not exist"
        assert docs.at["feed", "warning"] == "not a regular file (a pipe, socket or device), so it was not read"

    def test_an_entry_that_cannot_be_looked_at_gets_a_row(self, tmp_path, monkeypatch):
        from pathlib import Path

        (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
        (tmp_path / "b.txt").write_text(ENGLISH.replace("12 people", "13 people"), encoding="utf-8")
        real_is_dir = Path.is_dir

        def deny(self):  # as in a folder that may be listed but not searched (mode r--)
            if self.name == "b.txt":
                raise PermissionError(13, "Permission denied")
            return real_is_dir(self)

        monkeypatch.setattr(Path, "is_dir", deny)
        docs = load_articles(tmp_path)
        assert list(docs["status"]) == ["ok", "skipped"]
        assert docs.at[1, "warning"] == "could not read file: Permission denied"

    @pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes (POSIX)")
    def test_a_pipe_named_on_its_own_is_read(self, tmp_path):
        import threading

        fifo = tmp_path / "feed"
        os.mkfifo(fifo)
        writer = threading.Thread(target=fifo.write_text, args=(ENGLISH,), kwargs={"encoding": "utf-8"})
        writer.start()
        docs = load_articles([fifo])
        writer.join(timeout=10)
        assert list(docs["status"]) == ["ok"] and "12 people" in docs.at[0, "text"]

    def test_entries_judged_by_a_listing_keep_their_verdict(self, tmp_path):
        (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
        (tmp_path / "story.jpg").write_text(ENGLISH.replace("12 people", "13 people"), encoding="utf-8")
        (tmp_path / "sub").mkdir()
        (tmp_path / ".DS_Store").write_bytes(bytes(8))
        entries = list(folder_entries(tmp_path))
        assert [(e.path.name, e.is_folder, bool(e.reason)) for e in entries] == [
            ("a.txt", False, False),
            ("story.jpg", False, True),
            ("sub", True, True),
        ]
        # the same rows as load_articles of the folder, a chunk at a time: a chunk of folders only is no error
        whole = load_articles(tmp_path, date="2015-05-20")
        parts = pd.concat([load_articles(e, date="2015-05-20") for e in (entries[:2], entries[2:])], ignore_index=True)
        pd.testing.assert_frame_equal(parts, whole)
        # a bare path named explicitly is read, whatever its name
        assert load_articles([tmp_path / "story.jpg"]).at[0, "status"] == "ok"
        assert load_articles([entries[1]]).at[0, "status"] == "skipped"

    def test_a_file_named_explicitly_is_always_read(self, tmp_path):
        path = tmp_path / "story.md"
        path.write_text("Five people were hurt.", encoding="utf-8")
        assert load_articles([path]).at[0, "status"] == "ok"

    def test_absolute_glob(self, tmp_path):
        (tmp_path / "a.txt").write_text("Five hurt.", encoding="utf-8")
        (tmp_path / "b.txt").write_text("Six hurt.", encoding="utf-8")
        assert list(load_articles(str(tmp_path / "*.txt"))["doc_id"]) == ["a", "b"]

    def test_unreadable_file_is_skipped_not_fatal(self, tmp_path, monkeypatch):
        (tmp_path / "a.txt").write_text("Five hurt.", encoding="utf-8")
        (tmp_path / "b.txt").write_text("Six hurt.", encoding="utf-8")
        from pathlib import Path

        real_open = Path.open

        def deny(self, *args, **kwargs):
            if self.name == "b.txt":
                raise PermissionError(13, "Permission denied")
            return real_open(self, *args, **kwargs)

        monkeypatch.setattr(Path, "open", deny)
        docs = load_articles(tmp_path)
        assert list(docs["status"]) == ["ok", "skipped"]
        assert docs.at[1, "warning"] == "could not read file: Permission denied"

    def test_missing_path_and_empty_folder_are_input_errors_with_the_fix(self, tmp_path):
        with pytest.raises(InputError, match="no such file or folder"):
            load_articles(tmp_path / "nope")
        with pytest.raises(InputError, match=r"give a folder with \.txt files"):
            load_articles(tmp_path)

    def test_dataframe_with_odd_cells(self):
        frame = pd.DataFrame(
            {
                "doc_id": ["a", None, "a", float("nan"), "e", "f"],
                "text": ["Five hurt.", float("nan"), "Six hurt.", b"\xff\xfeS\x00e\x00v\x00e\x00n\x00", 42, "   "],
                "published": ["2015-05-18", None, "not a date", "", float("nan"), "2015-05-18"],
            }
        )
        docs = load_articles(frame)
        assert list(docs["doc_id"]) == ["a", "doc0001", "a~2", "doc0003", "e", "f"]
        assert list(docs["status"]) == ["ok", "empty", "ok", "ok", "skipped", "empty"]
        assert docs.at[3, "text"] == "Seven"
        assert docs.at[4, "warning"] == "text is int, not a string"

    def test_dataframe_without_text_is_a_config_error(self):
        with pytest.raises(ConfigError, match="'text' column"):
            load_articles(pd.DataFrame({"body": ["x"]}))

    @pytest.mark.parametrize("bad", [0, -5, 1.5, "100"])
    def test_max_chars_must_be_a_positive_int(self, bad, tmp_path):
        with pytest.raises(ConfigError, match="max_chars"):
            load_articles(pd.DataFrame({"text": ["x"]}), max_chars=bad)

    def test_ramadi_reads_as_before(self):
        docs = load_articles(RAMADI)
        assert list(docs["status"]) == ["ok"] * 5
        assert docs.at[0, "warning"] == "mojibake repaired"
        assert docs.at[0, "title"] == "Iraq's Shia militias asked to fight ISIL in Ramadi"
        assert "\u00a0" in docs.at[0, "text"]  # "forcesÂ soldiers" repaired to a no-break space, not dropped


def test_huge_html_page_is_cut_before_the_html_parser(tmp_path):
    paras = ["<p>" + f"Crews reopened {n} roads, the council said. " * 5 + "</p>\n" for n in range(20_000)]
    page = "<html><body>" + "".join(paras) + "</body></html>"
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    docs = load_articles(tmp_path, html="strip", max_chars=10_000)
    assert docs.at[0, "status"] == "ok"
    assert 8_000 <= len(docs.at[0, "text"]) <= 10_000
    assert f"very long ({len(page):,} characters)" in docs.at[0, "warning"]

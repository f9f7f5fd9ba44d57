"""Files that break naive readers: each is refused whole with a plain reason, or read with every
bad row named by its physical line — never a traceback, never a hang."""

from __future__ import annotations

import pytest

from phbplanner.domain.errors import PHBError
from phbplanner.interchange.bank import (
    MAX_FIELD_CHARS,
    MAX_FILE_BYTES,
    StatementRefused,
    detect_bank,
    read_statement,
)

HEADER = b"Date,Description,Amount,Balance\n"


def _refused(data: bytes, bank: str | None = None) -> str:
    with pytest.raises(StatementRefused) as caught:
        read_statement(data, bank=bank)
    assert isinstance(caught.value, PHBError)
    assert caught.value.exit_code == 1
    assert "Traceback" not in caught.value.message
    return caught.value.message


def test_binary_file_is_refused() -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    assert "binary data, not text" in _refused(png)
    with pytest.raises(StatementRefused):
        detect_bank(png)


def test_text_with_one_nul_byte_is_refused() -> None:
    assert "binary data" in _refused(HEADER + b"01/02/2024,Tea\x00,-1.00,5.00\n")


def test_bytes_that_are_no_supported_encoding_are_refused() -> None:
    # 0x81 and 0x9d are unassigned in Windows-1252 and invalid as UTF-8.
    assert "not text in any encoding" in _refused(HEADER + b"01/02/2024,\x81\x9d,-1.00,5.00\n")


def test_control_characters_are_refused() -> None:
    assert "control characters" in _refused(HEADER + b"01/02/2024,Tea\x1b[31m,-1.00,5.00\n")


def test_latin1_and_windows_1252_text_is_read() -> None:
    data = "Date,Description,Amount\n01/02/2024,Siân’s café £,-1.00\n".encode("cp1252")
    statement = read_statement(data)
    assert statement.encoding == "windows-1252"
    assert statement.rows[0].description == "Siân’s café £"


def test_utf16_with_byte_order_mark_is_read() -> None:
    data = "Date,Description,Amount\r\n01/02/2024,Łukasz,-1.00\r\n".encode("utf-16")
    statement = read_statement(data)
    assert statement.encoding == "utf-16"
    assert statement.rows[0].description == "Łukasz"


def test_empty_file_is_refused() -> None:
    for data in (b"", b"\n\n", b"\xef\xbb\xbf", b"  \r\n\t"):
        assert "empty" in _refused(data)


@pytest.mark.parametrize("bank", [None, "generic", "lloyds", "monzo"])
def test_header_only_is_refused_with_a_plain_message(bank: str | None) -> None:
    data = {
        None: HEADER,
        "generic": HEADER,
        "lloyds": b"Transaction Date,Transaction Type,Sort Code,Account Number,"
        b"Transaction Description,Debit Amount,Credit Amount,Balance\n\n",
        "monzo": b"Transaction ID,Date,Time,Type,Name,Emoji,Category,Amount,Currency\n",
    }[bank]
    assert "no transactions" in _refused(data, bank)


def test_file_over_the_size_limit_is_refused_before_reading() -> None:
    data = HEADER + b"01/02/2024,Tea,-1.00,5.00\n" * (MAX_FILE_BYTES // 25 + 10)
    assert len(data) > MAX_FILE_BYTES
    assert "at most 20 MB" in _refused(data)


def test_a_2mb_field_is_refused_naming_its_line() -> None:
    data = HEADER + b"01/02/2024,Tea,-1.00,5.00\n" + b'02/02/2024,"' + b"x" * 2_000_000 + b'",1,2\n'
    assert "Line 3 holds a field of more than 10,000 characters" in _refused(data)


def test_a_field_just_over_the_limit_is_refused_and_at_the_limit_is_read() -> None:
    at_limit = b"01/02/2024," + b"y" * MAX_FIELD_CHARS + b",-1.00,5.00\n"
    assert read_statement(HEADER + at_limit).rows[0].description == "y" * MAX_FIELD_CHARS
    over = b"01/02/2024," + b"y" * (MAX_FIELD_CHARS + 1) + b",-1.00,5.00\n"
    assert "more than 10,000 characters" in _refused(HEADER + over)


def test_a_2mb_unclosed_quote_is_refused() -> None:
    data = HEADER + b'01/02/2024,"' + b"z" * 2_000_000
    assert "more than 10,000 characters" in _refused(data)


def test_mixed_good_and_bad_rows_name_every_bad_line() -> None:
    data = (
        b"Date,Description,Amount,Balance\n"  # 1
        b"01/02/2024,Tea,-1.00,9.00\n"  # 2
        b"02/02/2024,Cake,12,34.5x,5.00\n"  # 3: a stray comma shifts the balance
        b"\n"  # 4: blank, skipped
        b"31/02/2024,Bus,-2.00,3.00\n"  # 5
        b'04/02/2024,Lunch,"12,34.5x"\n'  # 6: the example in the issue
        b'05/02/2024,"Taxi, return",-7.50,\n'  # 7: no balance: fine
        b"06/02/2024,Short\n"  # 8
        b"07/02/2024,,-1.00,1.00\n"  # 9: no description: still a transaction
        b"not a date,Gift,1.00,2.00\n"  # 10
        b'08/02/2024,"oops"x,1.00,2.00\n'  # 11: broken quoting
        b"09/02/2024,Pens,\xc2\xa33.5,\xc2\xa31.00\n"  # 12: "£" in UTF-8
    )
    statement = read_statement(data)
    assert [(r.line, r.amount.pence) for r in statement.rows] == [
        (2, -100), (7, -750), (9, -100), (12, 350),
    ]  # fmt: skip
    assert [str(p) for p in statement.problems] == [
        "line 3: the balance '34.5x' is not a number",
        "line 5: the date '31/02/2024' is not a real date",
        "line 6: the amount '12,34.5x' is not a number",
        "line 8: this line has 2 columns, but the statement's rows need 3",
        "line 10: the date 'not a date' is not a date like 31/01/2024",
        "line 11: the quotes on this line are not written the way CSV needs, so it could not "
        "be read",
    ]


def test_multi_line_description_keeps_the_line_where_the_row_starts() -> None:
    data = b'Date,Description,Amount\n01/02/2024,"two\nlines",-1.00\n02/02/2024,Tea,x\n'
    statement = read_statement(data)
    assert statement.rows[0].line == 2
    assert statement.rows[0].description == "two\nlines"
    assert [str(p) for p in statement.problems] == ["line 4: the amount 'x' is not a number"]


def test_unclosed_quote_stops_with_its_line_named() -> None:
    data = (
        b"Date,Description,Amount\n01/02/2024,Tea,-1.00\n"
        b'02/02/2024,"Cake,-2.00\n03/02/2024,Bun,-1\n'
    )
    statement = read_statement(data)
    assert [r.line for r in statement.rows] == [2]
    assert statement.problems[0].line == 3
    assert "never closed" in statement.problems[0].reason


@pytest.mark.parametrize(
    "payload",
    ["=1+1", "+44 7700 900123", "-2+3", "@SUM(A1:A2)", "=cmd|' /C calc'!A0", '=HYPERLINK("x")'],
)
def test_formula_payloads_are_kept_exactly_as_text(payload: str) -> None:
    cell = '"' + payload.replace('"', '""') + '"'
    data = f"Date,Description,Amount\n01/02/2024,{cell},-1.00\n".encode()
    assert read_statement(data).rows[0].description == payload


def test_spaces_around_fields_are_trimmed_but_kept_inside() -> None:
    data = b'Date,Description,Amount\n01/02/2024,"\tTESCO  \t STORES  ",-1.00\n'
    assert read_statement(data).rows[0].description == "TESCO  \t STORES"


def test_trailing_empty_records_and_columns_are_ignored() -> None:
    data = b"Date,Description,Amount,,\n01/02/2024,Tea,-1.00,,\n,,,,\n\n,,\n"
    statement = read_statement(data)
    assert [(r.line, r.amount.pence) for r in statement.rows] == [(2, -100)]
    assert statement.problems == ()


def test_repeated_header_rows_are_skipped() -> None:
    data = HEADER + b"01/02/2024,Tea,-1.00,1.00\n" + HEADER + b"02/02/2024,Bun,-1.00,0.00\n"
    statement = read_statement(data)
    assert [r.line for r in statement.rows] == [2, 4]
    assert statement.problems == ()


def test_paid_in_and_paid_out_both_filled_or_both_empty_are_problems() -> None:
    data = (
        b"Date,Description,Paid out,Paid in\n"
        b"01/02/2024,Both,1.00,2.00\n"
        b"02/02/2024,Neither,,\n"
        b"03/02/2024,Zero out,0.00,2.00\n"
    )
    statement = read_statement(data)
    assert [(r.line, r.amount.pence) for r in statement.rows] == [(4, 200)]
    assert [str(p) for p in statement.problems] == [
        "line 2: both paid in (2.00) and paid out (1.00) are filled in",
        "line 3: there is no amount paid in or paid out",
    ]


def test_wrong_bank_chosen_is_refused_plainly() -> None:
    monzo_like = b"Date,Description,Amount\n01/02/2024,Tea,-1.00\n"
    assert "does not look like a Lloyds statement" in _refused(monzo_like, "lloyds")


def test_unknown_bank_name_is_refused() -> None:
    assert "'bank of mars' is not a bank we know" in _refused(HEADER, "bank of mars")


def test_damaged_ofx_is_refused_plainly() -> None:
    message = _refused(b"OFXHEADER:100\nDATA:OFXSGML\n\n<OFX><BANKMSGSRSV1><STMTTRN>")
    assert "OFX file is damaged" in message


def test_ofx_row_with_a_bad_amount_is_a_problem_with_its_line() -> None:
    data = (
        b"OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nSECURITY:NONE\nENCODING:USASCII\n"
        b"CHARSET:1252\nCOMPRESSION:NONE\nOLDFILEUID:NONE\nNEWFILEUID:NONE\n\n"
        b"<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><BANKTRANLIST>\n"
        b"<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240102<TRNAMT>-1.00<FITID>1<NAME>A</STMTTRN>\n"
        b"<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240103<TRNAMT>lots<FITID>2<NAME>B</STMTTRN>\n"
        b"<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>2024<TRNAMT>-1.00<FITID>3<NAME>C</STMTTRN>\n"
        b"</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n"
    )
    statement = read_statement(data)
    assert [r.line for r in statement.rows] == [12]
    assert [str(p) for p in statement.problems] == [
        "line 13: the amount 'lots' is not a number",
        "line 14: the date '2024' is not an OFX date like 20240131",
    ]


def test_qif_record_without_amount_is_a_problem_with_its_line() -> None:
    data = b"!Type:Bank\nD01/02/2024\nPTea\n^\nD02/02/2024\nT-1.00\n^\n"
    statement = read_statement(data)
    assert [r.line for r in statement.rows] == [5]
    assert [str(p) for p in statement.problems] == [
        "line 2: the transaction has no amount (T line)"
    ]


def test_santander_text_with_stray_lines_names_them() -> None:
    data = (
        "From: 01/01/2024 to 31/01/2024\n\nAccount: XXXX\n\n"
        "Date: 31/01/2024\nDescription: A\nAmount: -1.00\nBalance: 2.00\n\n"
        "Rubbish here\n\n"
        "Date: 30/01/2024\nDescription: B\nAmount: x\nBalance: 3.00\n"
    ).encode("cp1252")
    statement = read_statement(data)
    assert [r.line for r in statement.rows] == [5]
    assert [str(p) for p in statement.problems] == [
        "line 10: this line is not part of a transaction (Date, Description, Amount, Balance)",
        "line 12: the amount 'x' is not a number",
    ]


@pytest.mark.slow
def test_100000_rows_are_read_without_a_hang() -> None:
    lines = [HEADER]
    for i in range(100_000):
        day = 1 + i % 28
        lines.append(f"{day:02d}/01/2024,Payment {i},-{i % 500}.{i % 100:02d},{i}.00\n".encode())
    statement = read_statement(b"".join(lines))
    assert len(statement.rows) == 100_000
    assert statement.problems == ()
    assert statement.rows[-1].line == 100_001
    assert len({row.key for row in statement.rows}) == 100_000


def test_identical_payments_on_one_day_get_different_keys() -> None:
    data = HEADER + b"01/02/2024,Coffee,-3.50,\n01/02/2024,COFFEE ,-3.50,\n"
    first, second = read_statement(data).rows
    assert first.key != second.key
    assert first.key.endswith("#1") and second.key.endswith("#2")
    again = read_statement(b"Date,Description,Amount\n01/02/2024,coffee,-3.50\n").rows[0]
    assert again.key == first.key


def test_ofx_empty_name_does_not_lose_the_memo() -> None:
    data = (
        b"OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nSECURITY:NONE\nENCODING:USASCII\n"
        b"CHARSET:1252\nCOMPRESSION:NONE\nOLDFILEUID:NONE\nNEWFILEUID:NONE\n\n"
        b"<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><BANKTRANLIST>\n"
        b"<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240102<TRNAMT>-1<FITID>1<NAME><MEMO>Tea</STMTTRN>\n"
        b"</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n"
    )
    row = read_statement(data).rows[0]
    assert (row.payee, row.description, row.reference) == ("", "Tea", "1")


def test_latin1_text_reads_as_windows_1252() -> None:
    data = "Date,Description,Amount\n01/02/2024,Siân café ½ £,-1.00\n".encode("latin-1")
    statement = read_statement(data)
    assert statement.encoding == "windows-1252"
    assert statement.rows[0].description == "Siân café ½ £"


def test_old_mac_line_endings_are_lines_too() -> None:
    data = b"Date,Description,Amount\r01/02/2024,Tea,-1.00\r02/02/2024,Bun,x\r"
    statement = read_statement(data)
    assert [r.line for r in statement.rows] == [2]
    assert [str(p) for p in statement.problems] == ["line 3: the amount 'x' is not a number"]


def test_ofx_with_a_short_header_or_none_is_still_read() -> None:
    body = (
        b"<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><BANKTRANLIST>\n"
        b"<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240102<TRNAMT>-1.50<FITID>9<NAME>Tea</STMTTRN>\n"
        b"</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n"
    )
    for head in (b"OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\n\n", b"", b"\xef\xbb\xbf\n\n"):
        statement = read_statement(head + body)
        assert statement.file_format == "ofx"
        assert [(r.amount.pence, r.payee, r.reference) for r in statement.rows] == [
            (-150, "Tea", "9")
        ]


def test_broken_quotes_in_a_preamble_are_not_row_problems() -> None:
    data = b'"Exported" by us\nDate,Description,Amount\n01/02/2024,Tea,-1.00\n'
    statement = read_statement(data)
    assert [r.line for r in statement.rows] == [3]
    assert statement.problems == ()

"""qa.aliases: who is who, read from the documents' own appositions and glossary rows."""

import pytest

from qa.aliases import expand, extract_aliases
from qa.question import analyse

TEXTS = [
    "On 19 March 2007 the case was allocated to SW2, a locum social worker, who visited on 28 March.",
    "The health visitor (HV1) saw the family.",
    "Mrs H (maternal grandmother) took him to hospital.",
    # glossary rows, as rebuilt by qa.tables with " | " between cells, and as plain text
    "TM1 | Team manager, Referral and Assessment Team (to March 2007) | Wendmere Children's Services",
    "TM2 | Team manager, Family Support and Safeguarding Team | Wendmere Children's Services",
    "CC1 Conference chair, Safeguarding Unit",
]


def idf(term: str) -> float:
    return 3.0


@pytest.fixture(scope="module")
def aliases():
    return extract_aliases(TEXTS)


def test_roles_are_read_from_appositions_and_glossary_rows(aliases):
    assert {"locum", "social", "worker"} <= aliases["sw2"].keys()
    assert {"health", "visitor"} <= aliases["hv1"].keys()
    assert "grandmoth" in aliases["mrs_h"]
    # a glossary row's role, with the team it names after a comma
    assert {"team", "manag", "refer", "assess"} <= aliases["tm1"].keys()
    assert {"famili", "support", "safeguard"} <= aliases["tm2"].keys()
    assert {"confer", "chair"} <= aliases["cc1"].keys()


@pytest.mark.parametrize(
    "question,codes",
    [
        ("When did the locum social worker first visit?", ["sw2"]),
        ("Which date did the Referral and Assessment Team manager sign?", ["tm1"]),
        ("What did the team manager decide?", []),  # two team managers fit: ambiguous
        ("Who chaired the conference?", []),  # "chaired" describes no one as a chair
        ("What did SW1 tell the health visitor?", ["hv1"]),
    ],
)
def test_a_question_describing_someone_by_role_gets_their_code(aliases, question, codes):
    parsed = analyse(question)
    assert expand(parsed.terms, aliases, idf, parsed.text) == codes


def test_abbreviations_the_documents_define_stand_for_their_words():
    from qa.aliases import extract_acronyms

    found = extract_acronyms([
        "IMR | Individual management review",
        "The case was referred to the Child Abuse Investigation Team (CAIT) the same day.",
        "She was seen by the Service Manager for safeguarding (SM).",
        # letters that are not the initials of the words before them define nothing
        "The family lived at Linden Road (NHS) for a year.",
    ])
    assert found["imr"] == frozenset({"individu", "manag", "review"})
    assert found["cait"] == frozenset({"child", "abus", "investig", "team"})
    assert found["sm"] == frozenset({"servic", "manag"})
    assert "nhs" not in found


def test_where_an_abbreviation_is_spelled_out():
    from qa.aliases import definitions

    def spelled(text, abbreviation):
        return [text[a:b] for a, b in definitions(text, abbreviation)]

    assert spelled("ORT | Opiate Replacement Therapy", "ORT") == ["Opiate Replacement Therapy"]
    assert spelled("VPD | Vulnerable Persons Database (Lochard Constabulary)", "VPD") == ["Vulnerable Persons Database"]
    assert spelled("prescribed methadone as Opiate Replacement Therapy (ORT) by her GP", "ORT") == ["Opiate Replacement Therapy"]
    assert spelled("the Service Manager for safeguarding (SM)", "SM") == ["Service Manager"]
    # another abbreviation's definition, or letters that are not the words' initials, spell nothing out
    assert spelled("CPS | Crown Prosecution Service", "CAIT") == []
    assert spelled("The family lived at Linden Road (NHS) for a year.", "NHS") == []

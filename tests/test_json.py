"""The JSON contract: keys and meanings other tools rely on, the schema (installed with the package),
the round trip."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given

import notaparse
from notaparse import _vocab
from notaparse import strategies as nst

ROOT = Path(__file__).resolve().parent.parent
#: The schema as installed with the package (importlib.resources, as docs/json.md tells users to read it).
SCHEMA = json.loads(resources.files("notaparse").joinpath("nota.schema.json").read_text(encoding="utf-8"))
REFERENCE = ROOT / "fixtures" / "text" / "bzk-2024-02-13-kamervragen-eerdmans.txt"


def test_reference_example_json_contract() -> None:
    data = notaparse.to_dict(notaparse.load(REFERENCE))
    meta = data["metadata"]
    assert meta["addressee"] == "Minister en staatssecretaris van BZK"
    assert meta["sender"] == "DGDOO"
    assert meta["purpose"] == "besluitvorming"
    assert meta["actively_public"] is True
    assert meta["reference"] == "2024-0000096441"
    assert meta["date"] == "2024-02-13"
    assert meta["drafted_by"] is None  # printed empty
    assert meta["coordinated_with"] == ["BA", "KIEM", "CZW"]
    assert meta["attachment_count"] == 1
    assert meta["page_count"] == 2
    assert {"label": "Opgesteld door", "value": ""} in meta["fields"]
    assert [s["heading"] for s in data["sections"]] == [
        "Aanleiding",
        "Geadviseerd besluit",
        "Kern",
        "Toelichting",
        "Politieke context",
        "Bijlagen",
    ]
    kern = data["sections"][2]["blocks"]
    assert kern[0]["kind"] == "list"
    assert len(kern[0]["items"]) == 5
    assert data["attachments"][0]["number"] == 1
    assert data["attachments"][0]["name"].endswith("naar aanleiding van de verkiezingsuitslag")
    jsonschema.validate(data, SCHEMA)


def test_the_schemas_are_installed_with_the_package() -> None:
    # A program that stores notaparse's JSON validates it against the installed version's schema;
    # it has no checkout of the repository (pip install of a wheel).
    package = resources.files("notaparse")
    ids = {
        name: json.loads(package.joinpath(name).read_text(encoding="utf-8"))["$id"]
        for name in ("nota.schema.json", "export.schema.json")
    }
    assert ids == {
        "nota.schema.json": "https://notaparse.invalid/schema/nota-1.json",
        "export.schema.json": "https://notaparse.invalid/schema/export-record-1.json",
    }


@pytest.mark.parametrize("path", sorted((ROOT / "fixtures" / "text").glob("*.txt")), ids=lambda p: p.stem)
def test_corpus_json_matches_schema(path: Path) -> None:
    jsonschema.validate(notaparse.to_dict(notaparse.load(path)), SCHEMA)


@pytest.mark.parametrize("path", sorted((ROOT / "fixtures").glob("*/*.expected.json")), ids=lambda p: p.stem)
def test_expected_files_match_schema(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    data.pop("_notes", None)
    jsonschema.validate(data, SCHEMA)


@given(nst.notas())
def test_generated_json_matches_schema_and_round_trips(nota: notaparse.Nota) -> None:
    data = notaparse.to_dict(nota)
    jsonschema.validate(data, SCHEMA)
    assert notaparse.from_dict(data) == nota


def test_enclosures_are_nota_objects_under_their_key() -> None:
    """ "enclosures": a list of nota objects, each with an empty "enclosures"; JSON written
    before enclosures existed (no key) reads as a nota without them."""
    letter = notaparse.Nota(
        title="Voortgang Woo",
        metadata=notaparse.Metadata(fields=(notaparse.Field(label="Datum", value="14 oktober 2024"),)),
    )
    data = notaparse.to_dict(notaparse.Nota(title="Nota", enclosures=(letter,)))
    jsonschema.validate(data, SCHEMA)
    (enclosure,) = data["enclosures"]
    assert (enclosure["title"], enclosure["metadata"]["date"], enclosure["enclosures"]) == (
        "Voortgang Woo",
        "2024-10-14",
        [],
    )
    del data["enclosures"]
    assert notaparse.from_dict(data).enclosures == ()
    nested = notaparse.to_dict(notaparse.Nota(enclosures=(letter,)))
    nested["enclosures"][0]["enclosures"] = [notaparse.to_dict(letter)]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(nested, SCHEMA)


def test_reference_picks_the_first_present_label_in_priority_order() -> None:
    meta = notaparse.Metadata(
        fields=(
            notaparse.Field(label="Kenmerk", value="DGNV-NV 58775937"),
            notaparse.Field(label="Onze referentie", value="IENW/BSK-2022/248639"),
        )
    )
    assert meta.reference == "IENW/BSK-2022/248639"


def test_every_reference_label_gives_the_reference() -> None:
    """Each label whose concept is the reference gives ``reference`` when it is the only one
    ("Ons nummer" is a reference label outside the priority list: it gave None)."""
    labels = [label for label, concept in _vocab.LABELS.items() if concept is _vocab.Concept.REFERENCE]
    assert "Ons nummer" in labels
    for label in labels:
        meta = notaparse.Metadata(fields=(notaparse.Field(label=label, value="2024-0000031842"),))
        assert meta.reference == "2024-0000031842", label
    # after the priority labels, in printed order; a redacted value is not present
    meta = notaparse.Metadata(
        fields=(
            notaparse.Field(label="Ons nummer", value="5.1.2e"),
            notaparse.Field(label="Ons nummer", value="ON-12"),
            notaparse.Field(label="Kenmerk", value="K-1"),
        )
    )
    assert meta.reference == "K-1"
    assert notaparse.Metadata(fields=meta.fields[:2]).reference == "ON-12"


def test_redacted_values_are_null() -> None:
    meta = notaparse.Metadata(
        fields=(
            notaparse.Field(label="Van", value="Persoonsgegeven"),
            notaparse.Field(label="Opgesteld door", value="5.1.2e"),
        )
    )
    assert (meta.sender, meta.drafted_by) == (None, None)
    assert meta.get("Van") == "Persoonsgegeven"


def test_a_contact_whose_name_number_and_address_are_redacted_is_null() -> None:
    """The drafter's lines with only their marks left ("T", "@minfin.nl") are a redacted value."""
    value = "5.1.2e T 5.1.2e 5.1.2e@minfin.nl"
    meta = notaparse.Metadata(fields=(notaparse.Field(label="Opgesteld door", value=value),))
    assert meta.drafted_by is None
    assert meta.get("Opgesteld door") == value
    kept = notaparse.Metadata(fields=(notaparse.Field(label="Opgesteld door", value="J. Smit T 5.1.2e"),))
    assert kept.drafted_by == "J. Smit T 5.1.2e"


@pytest.mark.parametrize("label", ["Opgesteld door", "Behandeld door", "Behandelaar", "Auteur", "Steller"])
def test_the_drafter_is_read_from_each_drafter_label(label: str) -> None:
    """The official who wrote or handles the nota, whatever the template calls them: "Behandelaar"
    means what "Behandeld door" does (it was a field of its own, and drafted_by None)."""
    meta = notaparse.Metadata(fields=(notaparse.Field(label=label, value="S. Yilmaz"),))
    assert meta.drafted_by == "S. Yilmaz"

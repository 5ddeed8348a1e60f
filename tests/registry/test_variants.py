"""Genes and variants are checked with the rules of their notations (mavehgvs for HGVS, plus the
registry's rules for mitochondrial DNA and HGNC symbols)."""

import pytest
from django.core.exceptions import ValidationError

from registry.variants import normalise_gene, validate_gene, validate_variant


@pytest.mark.parametrize(
    "gene, variant",
    [
        ("MT-TL1", "m.3243A>G"),
        ("MT-ATP6", "m.8993T>G"),
        ("", "m.11778G>A"),
        ("", "NC_012920.1:m.3243A>G"),
        ("MT-ND5", "m.13513_13514del"),
        ("POLG", "c.2243G>C"),
        ("POLG", "p.Trp748Ser"),
        ("TK2", "c.[416C>T;500G>A]"),
        ("SURF1", "c.845_846del"),
    ],
)
def test_variants_written_as_in_a_genetic_report_are_accepted(gene, variant):
    validate_variant(variant, gene=gene)


@pytest.mark.parametrize(
    "gene, variant, code",
    [
        ("", "m.16570A>G", "variant_position"),
        ("", "m.[3243A>G;17000T>G]", "variant_position"),
        ("", "NC_001807.4:m.3243A>G", "variant_reference"),
        ("POLG", "m.3243A>G", "variant_gene_mismatch"),
        ("MT-TL1", "c.3243A>G", "variant_gene_mismatch"),
        ("", "g.3243A>G", "variant_prefix"),
        ("POLG", "p.W748S", "variant_syntax"),
        ("", "3243A>G", "variant_syntax"),
        ("", "m.3243A>", "variant_syntax"),
    ],
)
def test_variants_against_the_rules_are_refused_with_their_reason(gene, variant, code):
    with pytest.raises(ValidationError) as refusal:
        validate_variant(variant, gene=gene)

    assert refusal.value.code == code


@pytest.mark.parametrize(
    "typed, symbol", [("polg", "POLG"), (" mt-tl1 ", "MT-TL1"), ("c12ORF65", "C12orf65")]
)
def test_gene_symbols_are_written_in_hgnc_form(typed, symbol):
    assert normalise_gene(typed) == symbol
    validate_gene(symbol)


@pytest.mark.parametrize("symbol", ["POLG GENE", "MT_TL1", "-POLG", "Ö1"])
def test_text_that_is_no_gene_symbol_is_refused(symbol):
    with pytest.raises(ValidationError):
        validate_gene(normalise_gene(symbol))

package fr.deffinum.application.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import fr.deffinum.domain.money.Money;
import fr.deffinum.domain.programme.ProgrammeCode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LaureatesCsvTest {

    private static final ProgrammeCode CMA_2023 = new ProgrammeCode("CMA-2023");
    private static final LocalDate IMPORTED_ON = LocalDate.of(2024, 3, 15);

    @Test
    void the_annex_s_columns_are_found_whatever_their_case_accents_and_spaces() {
        LaureatesCsv.Parsed parsed = LaureatesCsv.parse("""
                 NOM DU PROJET ;Porteur  de projet;Secteurs d’activités visés;COUT COMPLET;Montant subvention
                Forma'Bois;Fibois;Construction;1 000 000,00;700 000,00
                """, CMA_2023, IMPORTED_ON);

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.lines()).singleElement().satisfies(line -> {
            assertThat(line.name()).isEqualTo("Forma'Bois");
            assertThat(line.lead()).isEqualTo("Fibois");
            assertThat(line.sectorsAsPublished()).isEqualTo("Construction");
            assertThat(line.sector()).isNull();
            assertThat(line.totalCost()).isEqualTo(Money.euros("1000000.00"));
            assertThat(line.maximumGrant()).isEqualTo(Money.euros("700000.00"));
        });
    }

    @Test
    void without_a_reference_or_a_date_a_line_is_named_by_its_rank_and_dated_on_the_import() {
        LaureatesCsv.Parsed parsed = LaureatesCsv.parse("""
                Nom du projet;Porteur de projet;Secteurs d'activités visés;Coût complet;Montant subvention;Référence;Date de sélection
                A;Org A;;100,00;50,00;;
                B;Org B;;100,00;50,00;REF-B;01/02/2024
                "C
                sur deux lignes";Org C;;100,00;50,00;;
                """, CMA_2023, IMPORTED_ON);

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.lines()).extracting(LaureateLine::line, LaureateLine::reference, LaureateLine::selectedOn)
                .containsExactly(tuple(2, "CMA-2023-1", IMPORTED_ON), tuple(3, "REF-B", LocalDate.of(2024, 2, 1)),
                        tuple(4, "CMA-2023-3", IMPORTED_ON));
        assertThat(parsed.lines().get(0).sectorsAsPublished()).isNull();
    }

    @Test
    void a_header_without_the_annex_s_columns_stops_at_line_one_and_an_empty_annex_says_so() {
        assertThat(LaureatesCsv.parse("Nom du projet;Montant\nA;1\n", CMA_2023, IMPORTED_ON).errors())
                .extracting(LineError::line, LineError::column).containsExactly(tuple(1, "porteur_de_projet"),
                        tuple(1, "secteurs_d_activites_vises"), tuple(1, "cout_complet"), tuple(1, "montant_subvention"));
        assertThat(LaureatesCsv.parse("Nom du projet;Porteur de projet;Secteurs d'activités visés;Coût complet;"
                + "Montant subvention\n", CMA_2023, IMPORTED_ON).errors()).extracting(LineError::code)
                .containsExactly("FILE_EMPTY");
    }
}

package fr.deffinum.application.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A file's name is kept without its folders, without control or invisible characters, and bounded. */
class UploadedFileTest {

    private static String named(String sent) {
        return new UploadedFile(sent, new byte[]{1}).name();
    }

    @Test
    void folders_are_dropped_from_either_kind_of_path() {
        assertThat(named("../../etc/passwd")).isEqualTo("passwd");
        assertThat(named("C:\\Users\\agent\\Convention signée.pdf")).isEqualTo("Convention signée.pdf");
    }

    @Test
    void control_and_invisible_formatting_characters_are_removed() {
        assertThat(named("rapport\r\nSet-Cookie: x.pdf")).isEqualTo("rapportSet-Cookie: x.pdf");
        assertThat(named("facture\u202Efdp.exe")).isEqualTo("facturefdp.exe");
        assertThat(named("nul\u0000.pdf")).isEqualTo("nul.pdf");
    }

    @Test
    void a_name_left_empty_becomes_document() {
        assertThat(named(null)).isEqualTo("document");
        assertThat(named("  ")).isEqualTo("document");
        assertThat(named("dossier/")).isEqualTo("document");
        assertThat(named("..")).isEqualTo("document");
    }

    @Test
    void a_long_name_is_cut_keeping_its_extension() {
        String name = named("é".repeat(300) + ".pdf");

        assertThat(name).hasSize(UploadedFile.MAX_NAME).endsWith("é.pdf");
        assertThat(named("😀".repeat(250))).isEqualTo("😀".repeat(UploadedFile.MAX_NAME));
    }
}

package fr.deffinum.application.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.deffinum.application.document.DocumentRefused.Reason;
import org.junit.jupiter.api.Test;

/** Each accepted type is told by its content; a content its name belies, or of another type, is refused. */
class DocumentTypesTest {

    private final DocumentTypes types = new DocumentTypes();

    @Test
    void every_accepted_type_is_told_by_its_content() {
        assertThat(types.detect(SampleFiles.PDF, "arrete.pdf")).isEqualTo("application/pdf");
        assertThat(types.detect(SampleFiles.PNG, "scan.png")).isEqualTo("image/png");
        assertThat(types.detect(SampleFiles.JPEG, "photo.JPG")).isEqualTo("image/jpeg");
        assertThat(types.detect(SampleFiles.ODT, "rapport.odt")).isEqualTo("application/vnd.oasis.opendocument.text");
        assertThat(types.detect(SampleFiles.ODS, "budget.ods"))
                .isEqualTo("application/vnd.oasis.opendocument.spreadsheet");
        assertThat(types.detect(SampleFiles.DOCX, "convention.docx"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(types.detect(SampleFiles.XLSX, "annexe.xlsx"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(types.detect(SampleFiles.CSV, "versements.csv")).isEqualTo("text/csv");
        assertThat(types.detect(SampleFiles.TEXT, "courrier.txt")).isEqualTo("text/plain");
    }

    @Test
    void a_name_without_an_extension_leaves_the_content_to_tell() {
        assertThat(types.detect(SampleFiles.PDF, "arrete")).isEqualTo("application/pdf");
        assertThat(types.detect(SampleFiles.PDF, "Rapport v2.0 final")).isEqualTo("application/pdf");
    }

    @Test
    void a_program_or_an_archive_named_pdf_is_refused() {
        refused(SampleFiles.EXE, "arrete.pdf");
        refused(SampleFiles.ZIP, "arrete.pdf");
        refused(SampleFiles.EXE, "outil.exe");
        refused(SampleFiles.ZIP, "pieces.zip");
    }

    @Test
    void an_accepted_content_under_another_type_s_name_is_refused() {
        refused(SampleFiles.PDF, "courrier.txt");
        refused(SampleFiles.TEXT, "arrete.pdf");
        refused(SampleFiles.DOCX, "convention.odt");
    }

    private void refused(byte[] content, String name) {
        assertThatThrownBy(() -> types.detect(content, name)).isInstanceOfSatisfying(DocumentRefused.class,
                refusal -> assertThat(refusal.reason()).isEqualTo(Reason.TYPE_REFUSED));
    }
}

package fr.deffinum.application.document;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small files of every accepted type and of some refused ones, made here byte by byte. */
final class SampleFiles {

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n").getBytes(US_ASCII);
    static final byte[] PNG = HexFormat.of().parseHex("89504e470d0a1a0a0000000d49484452000000010000000108000000"
            + "003a7e9b550000000a49444154789c63000000020001e221bc330000000049454e44ae426082");
    static final byte[] JPEG = HexFormat.of().parseHex("ffd8ffe000104a46494600010100000100010000ffd9");
    static final byte[] CSV = "référence;montant\nDEFFINUM-2022-A1-01;1 300 000,00\n".getBytes(UTF_8);
    static final byte[] TEXT = "Courrier du porteur de projet.\n".getBytes(UTF_8);
    static final byte[] EXE = HexFormat.of().parseHex("4d5a90000300000004000000ffff0000b800000000000000400000000000"
            + "00000000000000000000000000000000000000000000000000000000000000000000800000000e1fba0e00b409cd21b8014c"
            + "cd21546869732070726f6772616d2063616e6e6f742062652072756e20696e20444f53206d6f64652e0d0d0a2400000000"
            + "000000504500004c010300");
    static final byte[] ZIP = zip(null, "lisez-moi.txt", "Rien de plus.");
    static final byte[] ODT = openDocument("application/vnd.oasis.opendocument.text");
    static final byte[] ODS = openDocument("application/vnd.oasis.opendocument.spreadsheet");
    static final byte[] DOCX = officeOpenXml("word/document.xml", "wordprocessingml.document.main+xml",
            "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body/></w:document>");
    static final byte[] XLSX = officeOpenXml("xl/workbook.xml", "spreadsheetml.sheet.main+xml",
            "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheets/></workbook>");

    private SampleFiles() {
    }

    private static byte[] openDocument(String mediaType) {
        return zip(mediaType, "content.xml", "<office:document-content "
                        + "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>",
                "META-INF/manifest.xml", "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:"
                        + "manifest:1.0\"><manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\""
                        + mediaType + "\"/></manifest:manifest>");
    }

    private static byte[] officeOpenXml(String part, String partType, String xml) {
        return zip(null, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                        + "content-types\"><Default Extension=\"rels\" ContentType=\"application/"
                        + "vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" "
                        + "ContentType=\"application/xml\"/><Override PartName=\"/" + part + "\" ContentType=\""
                        + "application/vnd.openxmlformats-officedocument." + partType + "\"/></Types>",
                "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                        + "relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                        + "officeDocument/2006/relationships/officeDocument\" Target=\"" + part + "\"/></Relationships>",
                part, xml);
    }

    /** A ZIP of the given names and contents, after an uncompressed {@code mimetype} entry first if one is given. */
    private static byte[] zip(String mimetype, String... namesAndContents) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            if (mimetype != null) {
                byte[] content = mimetype.getBytes(US_ASCII);
                ZipEntry entry = new ZipEntry("mimetype");
                CRC32 crc = new CRC32();
                crc.update(content);
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(content.length);
                entry.setCrc(crc.getValue());
                zip.putNextEntry(entry);
                zip.write(content);
            }
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}

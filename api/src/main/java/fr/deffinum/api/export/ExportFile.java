package fr.deffinum.api.export;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * An export as served: {@code name} as under {@code /api/exports/} with its query, the exact bytes
 * of the body, their type, the file name offered for download (null: none) and headers of its own.
 */
record ExportFile(String name, byte[] bytes, MediaType type, String downloadName, HttpHeaders headers) {
}

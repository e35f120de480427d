package fr.deffinum.api.document;

import fr.deffinum.application.document.DocumentProperties;
import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.boot.web.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Spring's multipart limits ({@code spring.servlet.multipart.*}), raised when needed above the
 * largest document accepted ({@code deffinum.documents.max-size}) with room for the form's other
 * fields: a file slightly too large reaches the application, which answers {@code DOCUMENT_TOO_LARGE}
 * and names the limit, rather than the container refusing the request.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimits {

    private static final DataSize FORM_FIELDS = DataSize.ofMegabytes(1);

    @Bean
    MultipartConfigElement multipartConfigElement(MultipartProperties multipart, DocumentProperties documents) {
        DataSize needed = DataSize.ofBytes(documents.maxSize().toBytes() + FORM_FIELDS.toBytes());
        MultipartConfigFactory factory = new MultipartConfigFactory();
        factory.setLocation(multipart.getLocation());
        factory.setMaxFileSize(atLeast(multipart.getMaxFileSize(), needed));
        factory.setMaxRequestSize(atLeast(multipart.getMaxRequestSize(), needed));
        factory.setFileSizeThreshold(multipart.getFileSizeThreshold());
        return factory.createMultipartConfig();
    }

    private static DataSize atLeast(DataSize configured, DataSize needed) {
        return configured == null || configured.toBytes() < 0 || configured.compareTo(needed) >= 0 ? configured : needed;
    }
}

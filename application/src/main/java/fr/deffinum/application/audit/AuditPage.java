package fr.deffinum.application.audit;

import java.util.List;

public record AuditPage(List<RecordedEvent> events, int page, int size, long total) {
}

package fr.deffinum.application.audit;

/** The journal of every event of the store, indexed for auditors' searches. */
public interface AuditJournal {

    AuditPage search(AuditFilter filter);
}

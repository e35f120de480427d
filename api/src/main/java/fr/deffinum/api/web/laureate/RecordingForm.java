package fr.deffinum.api.web.laureate;

import fr.deffinum.domain.laureate.Rule;

/** A form that records one step of a laureate's lifecycle. */
interface RecordingForm {

    /** The field a refusal for {@code rule} is about, or null when it is about the laureate's state. */
    String fieldFor(Rule rule);
}

package org.comlife.checks.property.inputs;

/** A bad call as made (with its random arguments, for the report) and its answer: an HRESULT, a count, or null. */
record BadAnswer(String call, Object value) {
}

/**
 * Deadlines in the office's calendar: an iCalendar (RFC 5545) writer with a stable UID per
 * deadline and a reminder at the rule's lead time, validated by ical4j in the tests.
 */
@org.jspecify.annotations.NullMarked
package de.nextnetz.json.calendar;

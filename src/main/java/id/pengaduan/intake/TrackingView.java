package id.pengaduan.intake;

import java.time.Instant;
import java.util.List;

/**
 * What a citizen sees of his complaint: state, the unit handling it, the next deadline
 * and the public history. No staff names, no internal notes, and no identity (he knows
 * who he is).
 */
record TrackingView(String trackingNumber, String state, String stateLabel, String category, String categoryLabel,
		String regionCode, Unit unit, Instant submittedAt, NextDeadline nextDeadline, String awaiting, int reopenCount,
		List<Entry> history, List<Message> messages) {

	record Unit(String code, String name) {
	}

	record NextDeadline(String kind, String label, Instant due, int workingDaysLeft) {
	}

	record Entry(Instant at, String from, String to, String label, String note) {
	}

	/** A message sent to the citizen (never its address: he knows it). */
	record Message(Instant sentAt, String kind, String label, String channel) {
	}

}

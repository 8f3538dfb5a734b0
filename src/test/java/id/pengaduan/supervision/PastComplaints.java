package id.pengaduan.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import id.pengaduan.complaint.Category;
import id.pengaduan.complaint.Channel;
import id.pengaduan.complaint.Complainant;
import id.pengaduan.complaint.Submission;
import id.pengaduan.intake.ComplaintIntake;
import id.pengaduan.sla.SlaStage;
import id.pengaduan.sla.StageClock;
import id.pengaduan.sla.Timekeeper;
import id.pengaduan.workflow.ComplaintTasks;

/**
 * Complaints submitted and clocks started and stopped at moments in the past, with the
 * engine's clock set to them. 2024 has no holidays in the calendar, so its working days
 * are plain weekdays.
 */
final class PastComplaints {

	static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	static final String REGION = "kota-semarang";

	private final ComplaintIntake intake;

	private final ComplaintTasks tasks;

	private final Timekeeper timekeeper;

	PastComplaints(ComplaintIntake intake, ComplaintTasks tasks, Timekeeper timekeeper) {
		this.intake = intake;
		this.tasks = tasks;
		this.timekeeper = timekeeper;
	}

	/** 10:00 WIB on that day. */
	static Instant at(String date) {
		return LocalDate.parse(date).atTime(10, 0).atZone(WIB).toInstant();
	}

	/**
	 * A complaint submitted at {@code moment}, with the clocks intake starts:
	 * verification and the two UU 25/2009 ceilings.
	 */
	Submitted submit(Instant moment, Category category) {
		Submitted[] submitted = new Submitted[1];
		this.tasks.runAt(moment, () -> {
			ComplaintIntake.Receipt receipt = this.intake.submit(new Submission(Channel.WEB, category, REGION,
					"Kantor pelayanan", null, null, null, "Pelayanan di loket tidak sesuai dengan jam layanan.",
					new Complainant("Dewi Lestari", null, "081234567891", null), false, false, null, List.of()));
			for (SlaStage stage : List.of(SlaStage.VERIFICATION, SlaStage.LEGAL_RESPONSE, SlaStage.LEGAL_DECISION)) {
				if (this.timekeeper.open(receipt.complaintId(), stage).isEmpty()) {
					this.timekeeper.start(receipt.complaintId(), stage, REGION, null);
				}
			}
			submitted[0] = new Submitted(receipt.complaintId(), receipt.trackingNumber().value());
		});
		return submitted[0];
	}

	StageClock start(Submitted complaint, SlaStage stage, String skpd, Instant moment) {
		StageClock[] clock = new StageClock[1];
		this.tasks.runAt(moment, () -> clock[0] = this.timekeeper.start(complaint.id(), stage, REGION, skpd));
		return clock[0];
	}

	void stop(Submitted complaint, SlaStage stage, Instant moment) {
		this.tasks.runAt(moment, () -> this.timekeeper.stop(complaint.id(), stage));
	}

	StageClock open(Submitted complaint, SlaStage stage) {
		return this.timekeeper.open(complaint.id(), stage).orElseThrow();
	}

	/** Marks the complaint's clocks that are past due at {@code moment} as breached. */
	void breach(Submitted complaint, Instant moment) {
		this.tasks.runAt(moment, () -> this.timekeeper.breachDue(complaint.id()));
	}

	/**
	 * Does {@code work} as if it were {@code moment}: the dashboard's now is the
	 * engine's.
	 */
	<T> T viewAt(Instant moment, java.util.function.Supplier<T> work) {
		Object[] result = new Object[1];
		this.tasks.runAt(moment, () -> result[0] = work.get());
		@SuppressWarnings("unchecked")
		T value = (T) result[0];
		return value;
	}

	record Submitted(Long id, String trackingNumber) {
	}

}

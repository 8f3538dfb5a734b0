package id.pengaduan.complaint;

import java.time.Instant;
import java.time.Period;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ComplaintTests {

	static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

	static final Deadline SOON = new Deadline(DeadlineKind.VERIFICATION, NOW.plusSeconds(86400));

	static final AccessCodes CODES = new AccessCodes(new PersonalDataProperties(List.of(), null, Period.ofYears(5)),
			true);

	static Complaint received(AccessCode code) {
		return received(code, CODES);
	}

	static Complaint received(AccessCode code, AccessCodes codes) {
		return Complaint.receive(TrackingNumber.of(2026, 7), codes.hash(code),
				new Submission(Channel.WEB, Category.KESEHATAN, "kota-semarang", null, null, null, null,
						"Loket puskesmas tutup pada jam layanan.",
						new Complainant("Ani", "3374010101900001", "081200000000", null), true, false, null, List.of()),
				NOW, SOON);
	}

	@Test
	void aNewComplaintIsReceivedWithOnePublicHistoryEntry() {
		Complaint complaint = received(AccessCode.generate());

		assertThat(complaint.getState()).isEqualTo(ComplaintState.RECEIVED);
		assertThat(complaint.getTrackingNumber().value()).isEqualTo("ADU-2026-000007");
		assertThat(complaint.getPublicHistory()).singleElement()
			.satisfies((entry) -> assertThat(entry.getEvent()).isEqualTo("history.RECEIVED"));
	}

	@Test
	void aStepTheStateDoesNotAllowIsRefusedAndChangesNothing() {
		Complaint complaint = received(AccessCode.generate());

		assertThatThrownBy(() -> complaint.closeAccepted(NOW)).isInstanceOf(IllegalComplaintStateException.class);
		assertThatThrownBy(() -> complaint.recordFeedback(true, null, NOW))
			.isInstanceOf(IllegalComplaintStateException.class);
		assertThat(complaint.getState()).isEqualTo(ComplaintState.RECEIVED);
		assertThat(complaint.getHistory()).hasSize(1);
	}

	@Test
	void rejectingNeedsAReasonForTheCitizen() {
		Complaint complaint = received(AccessCode.generate());

		assertThatThrownBy(() -> complaint.archive(" ", "verifikator", NOW))
			.isInstanceOf(IllegalArgumentException.class);
		complaint.archive("Bukan layanan publik.", "verifikator", NOW);

		assertThat(complaint.getState()).isEqualTo(ComplaintState.REJECTED_ARCHIVED);
		assertThat(complaint.getNextDeadline()).isNull();
	}

	@Test
	void theAnswerIsPublishedOnlyAfterApprovalAndInternalNotesStayInternal() {
		Complaint complaint = received(AccessCode.generate());
		complaint.markVerified(Category.KESEHATAN, false, "verifikator", NOW);
		complaint.dispose("dinkes", "system", NOW, SOON);
		complaint.acceptDisposition("dinkes.penghubung", NOW, SOON);
		complaint.postFirstResponse("Sedang kami periksa.", "dinkes.penghubung", NOW, SOON);
		complaint.recordHandlingNote("Telepon kepala puskesmas.", "dinkes.penangan", NOW);
		complaint.draftAnswer("Loket kini buka pukul 07.30.", "dinkes.penangan", NOW);

		assertThat(complaint.getPublicHistory()).extracting(StateChange::getNote)
			.doesNotContain("Loket kini buka pukul 07.30.", "Telepon kepala puskesmas.");

		complaint.approveAnswer("dinkes.kepala", NOW, new Deadline(DeadlineKind.FEEDBACK, NOW));

		assertThat(complaint.getState()).isEqualTo(ComplaintState.RESPONDED);
		assertThat(complaint.getFinalAnswer()).isEqualTo("Loket kini buka pukul 07.30.");
		assertThat(complaint.getPublicHistory()).extracting(StateChange::getNote)
			.contains("Sedang kami periksa.", "Loket kini buka pukul 07.30.")
			.doesNotContain("Telepon kepala puskesmas.");
	}

	@Test
	void theComplainantRepliesOnceWhileTheProcessStillHasToCloseOrReopen() {
		Complaint complaint = received(AccessCode.generate());
		complaint.markVerified(Category.KESEHATAN, false, "verifikator", NOW);
		complaint.dispose("dinkes", "system", NOW, SOON);
		complaint.acceptDisposition("dinkes.penghubung", NOW, SOON);
		complaint.postFirstResponse("Sedang kami periksa.", "dinkes.penghubung", NOW, SOON);
		complaint.draftAnswer("Loket kini buka pukul 07.30.", "dinkes.penangan", NOW);
		complaint.approveAnswer("dinkes.kepala", NOW, new Deadline(DeadlineKind.FEEDBACK, NOW));
		assertThat(complaint.awaitsFeedback()).isTrue();

		complaint.recordFeedback(false, "Loket masih tutup.", NOW);

		assertThat(complaint.getState()).isEqualTo(ComplaintState.RESPONDED);
		assertThat(complaint.awaitsFeedback()).isFalse();
		assertThatThrownBy(() -> complaint.recordFeedback(true, null, NOW))
			.isInstanceOf(IllegalComplaintStateException.class);
		complaint.reopen(NOW, new Deadline(DeadlineKind.FIRST_RESPONSE, NOW));
		assertThat(complaint.getReopenCount()).isEqualTo(1);
	}

	@Test
	void theComplainantsIdentityNeverShowsInToString() {
		Complaint complaint = received(AccessCode.generate());

		assertThat(complaint.getComplainant().toString()).doesNotContain("Ani").doesNotContain("3374");
		assertThat(complaint.toString()).doesNotContain("Ani");
	}

	@Test
	void staffWhoDoNotNeedTheNikSeeOnlyItsFirstAndLastFourDigits() {
		assertThat(new Complainant("Ani", "3374010101900001", null, null).maskedNik()).isEqualTo("3374********0001");
		assertThat(Complainant.none().maskedNik()).isNull();
	}

	@Test
	void theIdentityOfAClosedComplaintIsErasedOnceAndItsHistoryTellsSo() {
		Complaint complaint = received(AccessCode.generate());
		assertThatThrownBy(() -> complaint.eraseIdentity(NOW)).isInstanceOf(IllegalComplaintStateException.class);
		complaint.archive("Bukan pengaduan pelayanan publik.", "verifikator", NOW);

		complaint.eraseIdentity(NOW.plusSeconds(60));
		complaint.eraseIdentity(NOW.plusSeconds(120));

		assertThat(complaint.getComplainant()).isEqualTo(Complainant.none());
		assertThat(complaint.getIdentityErasedAt()).isEqualTo(NOW.plusSeconds(60));
		assertThat(complaint.closedAt()).isEqualTo(NOW);
		assertThat(complaint.getHistory()).filteredOn((entry) -> entry.getEvent().equals("history.IDENTITY_ERASED"))
			.singleElement()
			.satisfies((entry) -> assertThat(entry.isVisibleToComplainant()).isTrue());
	}

}

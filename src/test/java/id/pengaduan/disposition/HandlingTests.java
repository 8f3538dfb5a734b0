package id.pengaduan.disposition;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import id.pengaduan.complaint.Actor;
import id.pengaduan.complaint.ActorNotAllowedException;
import id.pengaduan.complaint.Category;
import id.pengaduan.complaint.Channel;
import id.pengaduan.complaint.Complainant;
import id.pengaduan.complaint.Complaint;
import id.pengaduan.complaint.ComplaintState;
import id.pengaduan.complaint.Complaints;
import id.pengaduan.complaint.Deadline;
import id.pengaduan.complaint.DeadlineKind;
import id.pengaduan.complaint.Submission;
import id.pengaduan.complaint.TrackingNumber;
import id.pengaduan.sla.SlaClock;
import id.pengaduan.sla.Timekeeper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * The SKPD's steps check who takes them, with the complaint's own SKPD: the real rule on
 * a real complaint; only the repository and the clocks are stand-ins.
 */
class HandlingTests {

	static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

	static final Deadline SOON = new Deadline(DeadlineKind.RESOLUTION, NOW.plusSeconds(86400));

	static final Actor DUKCAPIL_LIAISON = new Actor("dukcapil.penghubung", Set.of("dukcapil-penghubung", "dukcapil"));

	static final Actor DUKCAPIL_HANDLER = new Actor("dukcapil.penangan", Set.of("dukcapil-penangan", "dukcapil"));

	static final Actor DINKES_LIAISON = new Actor("dinkes.penghubung", Set.of("dinkes-penghubung", "dinkes"));

	static final Actor DINKES_HANDLER = new Actor("dinkes.penangan", Set.of("dinkes-penangan", "dinkes"));

	Complaint complaint;

	Timekeeper timekeeper;

	Handling handling;

	@BeforeEach
	void disposedToDukcapil() {
		this.complaint = Complaint.receive(TrackingNumber.of(2026, 7), "h2:" + "0".repeat(64),
				new Submission(Channel.WEB, Category.ADMINISTRASI_KEPENDUDUKAN, "kota-semarang", null, null, null, null,
						"KTP elektronik belum jadi setelah tiga bulan.",
						new Complainant("Ani", "3374010101900001", "081200000000", null), true, false, null, List.of()),
				NOW, SOON);
		this.complaint.markVerified(Category.ADMINISTRASI_KEPENDUDUKAN, false, "verifikator", NOW);
		this.complaint.dispose("dukcapil", "system", NOW, SOON);
		this.complaint.acceptDisposition(DUKCAPIL_LIAISON.id(), NOW, SOON);
		Complaints complaints = mock(Complaints.class);
		when(complaints.require(7L)).thenReturn(this.complaint);
		SlaClock sla = mock(SlaClock.class);
		when(sla.now()).thenReturn(NOW);
		this.timekeeper = mock(Timekeeper.class);
		this.handling = new Handling(complaints, sla, this.timekeeper);
	}

	@Test
	void anotherSkpdsLiaisonCannotPostTheFirstResponse() {
		int entries = this.complaint.getHistory().size();

		assertThatThrownBy(() -> this.handling.postFirstResponse(7L, "Berkas Anda kami tolak.", DINKES_LIAISON))
			.isInstanceOf(ActorNotAllowedException.class)
			.hasMessageContaining("dinkes.penghubung")
			.hasMessageContaining("ADU-2026-000007");
		assertThat(this.complaint.getState()).isEqualTo(ComplaintState.DISPOSED);
		assertThat(this.complaint.getHistory()).hasSize(entries);
		verifyNoInteractions(this.timekeeper);
	}

	@Test
	void theEngineItselfCannotAnswerTheCitizen() {
		assertThatThrownBy(() -> this.handling.postFirstResponse(7L, "Jawaban otomatis.", Actor.SYSTEM))
			.isInstanceOf(ActorNotAllowedException.class);
		assertThat(this.complaint.getState()).isEqualTo(ComplaintState.DISPOSED);
	}

	@Test
	void onlyAHandlerOfTheComplaintsSkpdDraftsTheAnswer() {
		this.complaint.postFirstResponse("Kami sedang memeriksa.", DUKCAPIL_LIAISON.id(), NOW, SOON);

		assertThatThrownBy(() -> this.handling.draftAnswer(7L, "Pengaduan tidak berdasar.", DINKES_HANDLER))
			.isInstanceOf(ActorNotAllowedException.class);
		assertThatThrownBy(() -> this.handling.draftAnswer(7L, "Pengaduan tidak berdasar.", DUKCAPIL_LIAISON))
			.isInstanceOf(ActorNotAllowedException.class);
		assertThat(this.complaint.getDraftAnswer()).isNull();

		this.handling.draftAnswer(7L, "KTP elektronik Anda dapat diambil besok.", DUKCAPIL_HANDLER);

		assertThat(this.complaint.getDraftAnswer()).isEqualTo("KTP elektronik Anda dapat diambil besok.");
		assertThat(this.complaint.getHistory()).last()
			.satisfies((entry) -> assertThat(entry.getActor()).isEqualTo("dukcapil.penangan"));
	}

	@Test
	void onlyTheHeadOfTheComplaintsSkpdApprovesTheAnswer() {
		this.complaint.postFirstResponse("Kami sedang memeriksa.", DUKCAPIL_LIAISON.id(), NOW, SOON);
		this.complaint.draftAnswer("KTP elektronik Anda dapat diambil besok.", DUKCAPIL_HANDLER.id(), NOW);

		assertThatThrownBy(() -> this.handling.decideOnAnswer(7L, true, null, DUKCAPIL_HANDLER))
			.isInstanceOf(ActorNotAllowedException.class);
		assertThatThrownBy(() -> this.handling.decideOnAnswer(7L, true, null,
				new Actor("dinkes.kepala", Set.of("dinkes-kepala", "dinkes"))))
			.isInstanceOf(ActorNotAllowedException.class);
		assertThat(this.complaint.getFinalAnswer()).isNull();
		verifyNoInteractions(this.timekeeper);
	}

}

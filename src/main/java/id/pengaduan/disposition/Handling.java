package id.pengaduan.disposition;

import java.time.Instant;

import id.pengaduan.complaint.Complaint;
import id.pengaduan.complaint.ComplaintState;
import id.pengaduan.complaint.Complaints;
import id.pengaduan.complaint.Deadline;
import id.pengaduan.complaint.DeadlineKind;
import id.pengaduan.sla.SlaClock;
import id.pengaduan.sla.SlaStage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The SKPD's work on an accepted complaint, from the first follow-up to closing. */
@Service
public class Handling {

	private final Complaints complaints;

	private final SlaClock sla;

	Handling(Complaints complaints, SlaClock sla) {
		this.complaints = complaints;
		this.sla = sla;
	}

	@Transactional
	public void postFirstResponse(Long complaintId, String response, String actor) {
		Complaint complaint = this.complaints.require(complaintId);
		Instant now = this.sla.now();
		complaint.postFirstResponse(response, actor, now,
				Disposition.deadline(DeadlineKind.RESOLUTION, SlaStage.RESOLUTION, now, this.sla, complaint));
	}

	/**
	 * The handler's step; resumes work after a reopen or an escalation and involves the
	 * inspectorate if asked.
	 */
	@Transactional
	public void recordHandling(Long complaintId, String note, boolean investigationNeeded, String actor) {
		Complaint complaint = this.complaints.require(complaintId);
		Instant now = this.sla.now();
		if (complaint.getState() == ComplaintState.REOPENED || complaint.getState() == ComplaintState.ESCALATED) {
			complaint.resumeHandling(null, actor, now,
					Disposition.deadline(DeadlineKind.RESOLUTION, SlaStage.RESOLUTION, now, this.sla, complaint));
		}
		complaint.recordHandlingNote(note, actor, now);
		if (investigationNeeded) {
			complaint.startInvestigation(actor, now);
		}
	}

	@Transactional
	public void finishInvestigation(Long complaintId, String findings, String actor) {
		this.complaints.require(complaintId).finishInvestigation(findings, actor, this.sla.now());
	}

	@Transactional
	public void draftAnswer(Long complaintId, String answer, String actor) {
		this.complaints.require(complaintId).draftAnswer(answer, actor, this.sla.now());
	}

	/**
	 * The head's decision on the draft. Answers the end of the feedback window when
	 * approved, null otherwise.
	 */
	@Transactional
	public Instant decideOnAnswer(Long complaintId, boolean approved, String revisionNote, String actor) {
		Complaint complaint = this.complaints.require(complaintId);
		Instant now = this.sla.now();
		if (!approved) {
			complaint.returnDraftForRevision(revisionNote, actor, now);
			return null;
		}
		Instant feedbackDue = this.sla.due(SlaStage.FEEDBACK, now, complaint.getRegionCode());
		complaint.approveAnswer(actor, now, new Deadline(DeadlineKind.FEEDBACK, feedbackDue));
		return feedbackDue;
	}

	@Transactional
	public void closeAccepted(Long complaintId) {
		this.complaints.require(complaintId).closeAccepted(this.sla.now());
	}

	@Transactional
	public void closeForSilence(Long complaintId) {
		this.complaints.require(complaintId).closeForSilence(this.sla.now());
	}

	/**
	 * Not satisfied: the SKPD gets a new first-response clock. Answers the new reopen
	 * count.
	 */
	@Transactional
	public int reopen(Long complaintId) {
		Complaint complaint = this.complaints.require(complaintId);
		Instant now = this.sla.now();
		complaint.reopen(now,
				Disposition.deadline(DeadlineKind.FIRST_RESPONSE, SlaStage.FIRST_RESPONSE, now, this.sla, complaint));
		return complaint.getReopenCount();
	}

}

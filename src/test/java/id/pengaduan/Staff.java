package id.pengaduan;

import java.util.Map;

import id.pengaduan.workflow.ComplaintProcess;
import id.pengaduan.workflow.ComplaintTasks;

/**
 * The demo staff working a complaint through its tasks, as they would in the Tasklist.
 */
public final class Staff {

	private Staff() {
	}

	public static void verify(ComplaintTasks tasks, String trackingNumber, String outcome, String note) {
		Map<String, Object> values = new java.util.HashMap<>();
		values.put("verificationOutcome", outcome);
		if (note != null) {
			values.put("verificationNote", note);
		}
		tasks.complete(trackingNumber, ComplaintProcess.TASK_VERIFY, "verifikator", values);
	}

	/** A reopened dinkes complaint handled and answered again. */
	public static void answerAgain(ComplaintTasks tasks, String trackingNumber, String answer) {
		tasks.complete(trackingNumber, ComplaintProcess.TASK_HANDLE, "dinkes.penangan",
				Map.of("investigationNeeded", false, "handlingNote", "Ditangani ulang."));
		tasks.complete(trackingNumber, ComplaintProcess.TASK_DRAFT_FINAL_RESPONSE, "dinkes.penangan",
				Map.of("finalAnswer", answer));
		tasks.complete(trackingNumber, ComplaintProcess.TASK_APPROVE_FINAL_RESPONSE, "dinkes.kepala",
				Map.of("finalResponseApproved", true));
	}

	/**
	 * From a new KESEHATAN complaint (routed to dinkes) to the published final answer.
	 */
	public static void answer(ComplaintTasks tasks, String trackingNumber, String answer) {
		verify(tasks, trackingNumber, "VALID", null);
		tasks.complete(trackingNumber, ComplaintProcess.TASK_ACCEPT_DISPOSITION, "dinkes.penghubung",
				Map.of("dispositionAccepted", true));
		tasks.complete(trackingNumber, ComplaintProcess.TASK_POST_FIRST_RESPONSE, "dinkes.penghubung",
				Map.of("firstResponse", "Kami sedang memeriksa jadwal loket."));
		tasks.complete(trackingNumber, ComplaintProcess.TASK_HANDLE, "dinkes.penangan",
				Map.of("investigationNeeded", false, "handlingNote", "Kepala puskesmas sudah dihubungi."));
		tasks.complete(trackingNumber, ComplaintProcess.TASK_DRAFT_FINAL_RESPONSE, "dinkes.penangan",
				Map.of("finalAnswer", answer));
		tasks.complete(trackingNumber, ComplaintProcess.TASK_APPROVE_FINAL_RESPONSE, "dinkes.kepala",
				Map.of("finalResponseApproved", true));
	}

}

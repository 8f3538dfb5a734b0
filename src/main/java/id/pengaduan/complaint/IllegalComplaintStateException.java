package id.pengaduan.complaint;

import java.util.Set;

/**
 * A step was asked for that the complaint's current state does not allow (answered as 409
 * on the API).
 */
public class IllegalComplaintStateException extends RuntimeException {

	private final ComplaintState state;

	public IllegalComplaintStateException(String trackingNumber, ComplaintState state, Set<ComplaintState> allowed) {
		super("Complaint " + trackingNumber + " is " + state + "; this step needs one of " + allowed);
		this.state = state;
	}

	public ComplaintState getState() {
		return this.state;
	}

}

package id.pengaduan.complaint;

/**
 * Another request changed the complaint or its process first (a double click, two tabs, a
 * staff member at the same moment): the first one won and this one changed nothing.
 * Answered as 409 on the API and as the current state on the pages.
 */
public class ConcurrentChangeException extends RuntimeException {

	public ConcurrentChangeException(String trackingNumber, Throwable cause) {
		super("Complaint " + trackingNumber + " was changed by another request at the same time", cause);
	}

}

package id.pengaduan.complaint;

/**
 * A step's input that a rule refuses (a missing note, an unknown SKPD): something the
 * officer can put right. The message key names the rule in the bundles, so the refusal
 * reaches the officer in his language; the message is for logs.
 */
public class StepInputException extends IllegalArgumentException {

	private final String messageKey;

	private final transient Object[] arguments;

	public StepInputException(String messageKey, String message, Object... arguments) {
		super(message);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

	public Object[] getArguments() {
		return this.arguments.clone();
	}

}

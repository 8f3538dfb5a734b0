package id.pengaduan.notification;

/** The ways a message leaves: a mail, or a signed HTTP POST to the configured webhook. */
enum ChannelName {

	MAIL, WEBHOOK

}

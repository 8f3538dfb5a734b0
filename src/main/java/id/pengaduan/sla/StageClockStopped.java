package id.pengaduan.sla;

/** A stage ended (in time or late): whatever chases its breach can stop. */
public record StageClockStopped(Long complaintId, SlaStage stage) {
}

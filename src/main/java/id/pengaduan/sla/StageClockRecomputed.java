package id.pengaduan.sla;

import java.time.Instant;

/**
 * An administrator's recomputation after a calendar change moved a running clock: whoever
 * keeps a copy of its dates (the engine's timers and tasks, the complaint) moves it too.
 */
public record StageClockRecomputed(Long complaintId, SlaStage stage, Instant oldWarnAt, Instant oldDueAt,
		Instant warnAt, Instant dueAt) {
}

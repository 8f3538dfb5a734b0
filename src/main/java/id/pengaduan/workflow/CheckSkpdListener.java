package id.pengaduan.workflow;

import id.pengaduan.disposition.Disposition;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_ChooseSkpd, on complete: the chosen SKPD must exist, or its queue would never see
 * the task.
 */
@Component
class CheckSkpdListener implements TaskListener {

	private final Disposition disposition;

	CheckSkpdListener(Disposition disposition) {
		this.disposition = disposition;
	}

	@Override
	public void notify(DelegateTask task) {
		this.disposition.requireKnownSkpd(ComplaintVariables.of(task).string(ComplaintVariables.SKPD));
	}

}

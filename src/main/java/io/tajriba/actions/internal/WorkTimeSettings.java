package io.tajriba.actions.internal;

import io.tajriba.workspaces.Access;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changes a workspace's business hours and targets; cases opened from then on count in them. */
@Service
public class WorkTimeSettings {

	private final WorkTime workTime;

	WorkTimeSettings(WorkTime workTime) {
		this.workTime = workTime;
	}

	@Transactional
	public void save(Access admin, WorkTime.Settings settings) {
		workTime.save(admin.workspaceId(), settings);
	}
}

-- Seeds open complaints fast for the queue measurements (docs/performance.md, "Queues at 100 000 open complaints").
-- It copies, row for row, everything the engine and the application wrote for one complaint (the template):
-- executions, task, candidate link, variables, timer jobs, the task's authorization, history rows, the complaint,
-- its clocks and history. Every id of the template (a time-based UUID, alone or after "<activity id>:") gets copy n's
-- number in its last 12 hex digits, the tracking number a new serial: the copies are what n real intakes would have
-- written, only without the n engine round trips.
-- Usage: psql -v tpl=ADU-2026-000031 -v prefix=ADU-2090- -v from=1 -v to=100000 -f clone-complaints.sql
create or replace function pg_temp.clone_complaint(tpl_tn text, prefix text, n_from int, n_to int) returns void
language plpgsql as $$
declare
	pi text;
	ids text[];
	expr text := 'row_to_json(t)::text';
	id text;
	tbl record;
begin
	select process_instance_id into pi from complaint where tracking_number = tpl_tn;
	select array_agg(distinct substring(x from '[^:]*$')) into ids from (
		select pi as x
		union select id_ from act_ru_execution where proc_inst_id_ = pi
		union select id_ from act_ru_task where proc_inst_id_ = pi
		union select id_ from act_ru_identitylink where task_id_ in (select id_ from act_ru_task where proc_inst_id_ = pi)
		union select id_ from act_ru_variable where proc_inst_id_ = pi
		union select id_ from act_ru_job where process_instance_id_ = pi
		union select id_ from act_ru_authorization where root_proc_inst_id_ = pi
			or resource_id_ in (select id_ from act_ru_task where proc_inst_id_ = pi)
		union select id_ from act_hi_actinst where proc_inst_id_ = pi
		union select id_ from act_hi_taskinst where proc_inst_id_ = pi
		union select id_ from act_hi_identitylink where root_proc_inst_id_ = pi
	) s where x is not null;
	foreach id in array ids loop
		expr := format('replace(%s, %L, %L || lpad(to_hex(n), 12, %L))', expr, id, left(id, 24), '0');
	end loop;
	expr := format('replace(%s, %L, %L || lpad(n::text, 6, %L))', expr, tpl_tn, prefix, '0');
	for tbl in select * from (values
			('act_ru_execution', 't.proc_inst_id_ = $1'),
			('act_ru_task', 't.proc_inst_id_ = $1'),
			('act_ru_identitylink', 't.task_id_ in (select id_ from act_ru_task where proc_inst_id_ = $1)'),
			('act_ru_variable', 't.proc_inst_id_ = $1'),
			('act_ru_job', 't.process_instance_id_ = $1'),
			('act_ru_authorization', 't.root_proc_inst_id_ = $1 or t.resource_id_ in (select id_ from act_ru_task where proc_inst_id_ = $1)'),
			('act_hi_procinst', 't.proc_inst_id_ = $1'),
			('act_hi_actinst', 't.proc_inst_id_ = $1'),
			('act_hi_taskinst', 't.proc_inst_id_ = $1'),
			('act_hi_identitylink', 't.root_proc_inst_id_ = $1')) v(name, cond) loop
		execute format('insert into %I select r.* from %I t, generate_series(%s, %s) n, '
				|| 'lateral json_populate_record(null::%I, (%s)::json) r where %s',
				tbl.name, tbl.name, n_from, n_to, tbl.name, expr, tbl.cond) using pi;
	end loop;
	-- Tasks created one minute apart, newest last, so that "sortBy=created" has an order to keep.
	update act_ru_task set create_time_ = create_time_ - make_interval(mins => ('x' || right(id_, 12))::bit(48)::bigint::int)
		where proc_inst_id_ like left(pi, 24) || '%' and proc_inst_id_ <> pi;
	insert into complaint (version, tracking_number, access_code_hash, channel, category, region_code, location,
			latitude, longitude, event_date, description, complainant_name, complainant_nik, complainant_phone,
			complainant_email, anonymous, confidential, requested_skpd, skpd, state, supervisory_content, submitted_at,
			file_completed_at, reopen_count, draft_answer, final_answer, process_instance_id, deadline_kind, deadline_due)
		select version, prefix || lpad(n::text, 6, '0'), access_code_hash, channel, category, region_code, location,
			latitude, longitude, event_date, description, complainant_name, complainant_nik, complainant_phone,
			complainant_email, anonymous, confidential, requested_skpd, skpd, state, supervisory_content,
			submitted_at - make_interval(mins => n), file_completed_at, reopen_count, draft_answer, final_answer,
			left(pi, 24) || lpad(to_hex(n), 12, '0'), deadline_kind, deadline_due - make_interval(mins => n)
		from complaint c, generate_series(n_from, n_to) n where c.tracking_number = tpl_tn;
	insert into stage_clock (complaint_id, stage, skpd, region_code, started_at, warn_at, due_at, paused_at,
			remaining_working_days, stopped_at, warned_at, breached_at, working_days_used, cancelled)
		select c.id, s.stage, s.skpd, s.region_code, s.started_at, s.warn_at - (t.submitted_at - c.submitted_at),
			s.due_at - (t.submitted_at - c.submitted_at), s.paused_at, s.remaining_working_days, s.stopped_at,
			s.warned_at, s.breached_at, s.working_days_used, s.cancelled
		from complaint t join stage_clock s on s.complaint_id = t.id
			join complaint c on c.tracking_number like prefix || '%' and c.process_instance_id like left(pi, 24) || '%' and c.process_instance_id <> pi
		where t.tracking_number = tpl_tn and c.tracking_number between prefix || lpad(n_from::text, 6, '0')
			and prefix || lpad(n_to::text, 6, '0');
	insert into state_change (complaint_id, at, actor, from_state, to_state, event, note, public_entry)
		select c.id, s.at, s.actor, s.from_state, s.to_state, s.event, s.note, s.public_entry
		from complaint t join state_change s on s.complaint_id = t.id
			join complaint c on c.tracking_number like prefix || '%' and c.process_instance_id like left(pi, 24) || '%' and c.process_instance_id <> pi
		where t.tracking_number = tpl_tn and c.tracking_number between prefix || lpad(n_from::text, 6, '0')
			and prefix || lpad(n_to::text, 6, '0');
end $$;
select pg_temp.clone_complaint(:'tpl', :'prefix', :from, :to);

-- A citizen's own file name can carry his name or NIK (KTP_<name>_<NIK>.jpg): staff see a neutral name, the
-- complaint unit's verifiers also the original. Files stored before get their neutral name here (numbered by storage
-- key: their upload order was not recorded).
alter table attachment add column original_name varchar(255);

update attachment set original_name = file_name;

update attachment set file_name = 'lampiran-'
    || (select count(*) from attachment earlier
        where earlier.complaint_id = attachment.complaint_id and earlier.storage_key <= attachment.storage_key)
    || case media_type when 'image/jpeg' then '.jpg' when 'image/png' then '.png' else '.pdf' end;

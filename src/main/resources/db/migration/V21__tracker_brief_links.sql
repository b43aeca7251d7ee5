-- The brief and tracker modules meet: a recommendation belongs to a real brief and cites the findings behind it.
alter table recommendation add constraint recommendation_brief_fk foreign key (brief_id) references brief (id);

create table recommendation_finding (
    recommendation_id bigint not null references recommendation (id) on delete cascade,
    finding_id        bigint not null references brief_finding (id) on delete cascade,
    primary key (recommendation_id, finding_id)
);
create index recommendation_finding_finding_idx on recommendation_finding (finding_id);

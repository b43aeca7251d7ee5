-- SDG goals and a practical subset of targets (reference data).
create table sdg_target (
    code    text primary key,
    goal    integer not null check (goal between 1 and 17),
    name_ru text not null,
    name_ky text not null,
    name_en text not null
);
insert into sdg_target (code, goal, name_ru, name_ky, name_en) values
('1', 1, 'Цель 1. Ликвидация нищеты', '1-максат. Жакырчылыкты жоюу', 'Goal 1. No poverty'),
('2', 2, 'Цель 2. Ликвидация голода', '2-максат. Ачарчылыкты жоюу', 'Goal 2. Zero hunger'),
('3', 3, 'Цель 3. Хорошее здоровье и благополучие', '3-максат. Ден соолук жана бакубаттуулук', 'Goal 3. Good health and well-being'),
('4', 4, 'Цель 4. Качественное образование', '4-максат. Сапаттуу билим берүү', 'Goal 4. Quality education'),
('5', 5, 'Цель 5. Гендерное равенство', '5-максат. Гендердик теңчилик', 'Goal 5. Gender equality'),
('6', 6, 'Цель 6. Чистая вода и санитария', '6-максат. Таза суу жана санитария', 'Goal 6. Clean water and sanitation'),
('7', 7, 'Цель 7. Недорогостоящая и чистая энергия', '7-максат. Арзан жана таза энергия', 'Goal 7. Affordable and clean energy'),
('8', 8, 'Цель 8. Достойная работа и экономический рост', '8-максат. Татыктуу эмгек жана экономикалык өсүш', 'Goal 8. Decent work and economic growth'),
('9', 9, 'Цель 9. Индустриализация, инновации и инфраструктура', '9-максат. Индустрия, инновациялар жана инфраструктура', 'Goal 9. Industry, innovation and infrastructure'),
('10', 10, 'Цель 10. Уменьшение неравенства', '10-максат. Теңсиздикти азайтуу', 'Goal 10. Reduced inequalities'),
('11', 11, 'Цель 11. Устойчивые города и населённые пункты', '11-максат. Туруктуу шаарлар жана калктуу конуштар', 'Goal 11. Sustainable cities and communities'),
('12', 12, 'Цель 12. Ответственное потребление и производство', '12-максат. Жоопкерчиликтүү керектөө жана өндүрүү', 'Goal 12. Responsible consumption and production'),
('13', 13, 'Цель 13. Борьба с изменением климата', '13-максат. Климаттын өзгөрүүсүнө каршы күрөш', 'Goal 13. Climate action'),
('14', 14, 'Цель 14. Сохранение морских экосистем', '14-максат. Деңиз экосистемаларын сактоо', 'Goal 14. Life below water'),
('15', 15, 'Цель 15. Сохранение экосистем суши', '15-максат. Кургактагы экосистемаларды сактоо', 'Goal 15. Life on land'),
('16', 16, 'Цель 16. Мир, правосудие и эффективные институты', '16-максат. Тынчтык, адилеттүүлүк жана натыйжалуу институттар', 'Goal 16. Peace, justice and strong institutions'),
('17', 17, 'Цель 17. Партнёрство в интересах устойчивого развития', '17-максат. Туруктуу өнүгүү үчүн өнөктөштүк', 'Goal 17. Partnerships for the goals'),
('1.3', 1, '1.3 Системы социальной защиты', '1.3 Социалдык коргоо системалары', '1.3 Social protection systems'),
('4.5', 4, '4.5 Равный доступ к образованию, включая лиц с инвалидностью', '4.5 Билим алууга бирдей жетүү, анын ичинде мүмкүнчүлүгү чектелген адамдар', '4.5 Equal access to education, including persons with disabilities'),
('4.a', 4, '4.a Учебные заведения, доступные для лиц с инвалидностью', '4.a Мүмкүнчүлүгү чектелген адамдар үчүн жеткиликтүү окуу жайлар', '4.a Education facilities accessible to persons with disabilities'),
('5.1', 5, '5.1 Ликвидация дискриминации женщин и девочек', '5.1 Аялдарды жана кыздарды басмырлоону жоюу', '5.1 End discrimination against women and girls'),
('5.2', 5, '5.2 Ликвидация насилия в отношении женщин и девочек', '5.2 Аялдарга жана кыздарга карата зомбулукту жоюу', '5.2 Eliminate violence against women and girls'),
('5.5', 5, '5.5 Участие женщин в принятии решений', '5.5 Аялдардын чечим кабыл алууга катышуусу', '5.5 Women''s participation in decision-making'),
('8.5', 8, '8.5 Полная и производительная занятость', '8.5 Толук жана өндүрүмдүү иш менен камсыз кылуу', '8.5 Full and productive employment'),
('8.8', 8, '8.8 Защита трудовых прав, включая трудовых мигрантов', '8.8 Эмгек укуктарын коргоо, анын ичинде эмгек мигранттарынын', '8.8 Protect labour rights, including migrant workers'),
('10.2', 10, '10.2 Социальная, экономическая и политическая интеграция', '10.2 Социалдык, экономикалык жана саясий интеграция', '10.2 Social, economic and political inclusion'),
('10.3', 10, '10.3 Равные возможности и отмена дискриминационных законов', '10.3 Бирдей мүмкүнчүлүктөр жана басмырлоочу мыйзамдарды жоюу', '10.3 Equal opportunity and ending discriminatory laws'),
('10.7', 10, '10.7 Упорядоченная и безопасная миграция', '10.7 Тартиптүү жана коопсуз миграция', '10.7 Orderly and safe migration'),
('16.3', 16, '16.3 Верховенство права и равный доступ к правосудию', '16.3 Мыйзамдын үстөмдүгү жана сот адилеттигине бирдей жетүү', '16.3 Rule of law and equal access to justice'),
('16.6', 16, '16.6 Эффективные и подотчётные учреждения', '16.6 Натыйжалуу жана отчеттуу мекемелер', '16.6 Effective and accountable institutions'),
('16.7', 16, '16.7 Инклюзивное принятие решений', '16.7 Инклюзивдүү чечим кабыл алуу', '16.7 Inclusive decision-making'),
('16.10', 16, '16.10 Доступ к информации и основные свободы', '16.10 Маалыматка жетүү жана негизги эркиндиктер', '16.10 Public access to information and fundamental freedoms'),
('16.b', 16, '16.b Недискриминационные законы и политика', '16.b Басмырлоосуз мыйзамдар жана саясат', '16.b Non-discriminatory laws and policies'),
('17.17', 17, '17.17 Партнёрства государства, бизнеса и гражданского общества', '17.17 Мамлекет, бизнес жана жарандык коом өнөктөштүгү', '17.17 Public, public-private and civil society partnerships');

-- Reference numbers are never reused: the counter only grows, per organisation and year.
create table recommendation_number (
    organisation_id bigint not null references organisation (id),
    year            integer not null,
    last_value      integer not null,
    primary key (organisation_id, year)
);

-- brief_id has no foreign key yet: the brief module adds it when the branches meet.
create table recommendation (
    id                   bigint generated always as identity primary key,
    brief_id             bigint not null,
    brief_version        integer not null default 1,
    organisation_id      bigint not null references organisation (id),
    reference            text not null unique,
    text_ru              text check (length(text_ru) <= 10000),
    text_ky              text check (length(text_ky) <= 10000),
    original_language    text not null check (original_language in ('ru', 'ky')),
    theme_id             bigint references theme (id),
    action_type          text not null check (action_type in ('LAW', 'BYLAW', 'POLICY', 'BUDGET', 'INSTITUTIONAL', 'PRACTICE', 'DATA')),
    priority             text not null check (priority in ('HIGH', 'MEDIUM', 'LOW')),
    proposed_implementation_date date,
    status               text not null check (status in ('DRAFT', 'RELEASED')),
    released_at          timestamptz,
    created_by           bigint references app_user (id),
    created_at           timestamptz not null default now(),
    updated_at           timestamptz not null default now(),
    version              integer not null default 0,
    check (text_ru is not null or text_ky is not null)
);
create index recommendation_brief_idx on recommendation (brief_id);
create index recommendation_org_idx on recommendation (organisation_id);

create table recommendation_sdg (
    recommendation_id bigint not null references recommendation (id) on delete cascade,
    sdg_code          text not null references sdg_target (code),
    primary key (recommendation_id, sdg_code)
);

-- One row per addressed body: its response clock and its current position.
create table addressee (
    id                bigint generated always as identity primary key,
    recommendation_id bigint not null references recommendation (id) on delete cascade,
    organisation_id   bigint not null references organisation (id),
    lead              boolean not null default false,
    original_due_date date,
    due_date          date,
    position          text check (position in ('ACCEPTED', 'PARTIALLY_ACCEPTED', 'NOTED', 'REJECTED',
                                              'CLAIMED_IMPLEMENTED', 'REDIRECTED', 'NO_RESPONSE')),
    redirected_from   bigint references organisation (id),
    created_at        timestamptz not null default now(),
    version           integer not null default 0,
    unique (recommendation_id, organisation_id)
);
create index addressee_org_idx on addressee (organisation_id);
create index addressee_due_idx on addressee (due_date) where position is null;

-- A body's position: drafted, then released; a revision supersedes the released one and keeps it.
create table state_position (
    id                 bigint generated always as identity primary key,
    addressee_id       bigint not null references addressee (id) on delete cascade,
    position           text not null check (position in ('ACCEPTED', 'PARTIALLY_ACCEPTED', 'NOTED', 'REJECTED',
                                                        'CLAIMED_IMPLEMENTED', 'REDIRECTED')),
    reasoning          text check (length(reasoning) <= 10000),
    evidence_url       text check (length(evidence_url) <= 1000),
    evidence_file_id   uuid,
    redirect_to_id     bigint references organisation (id),
    letter_number      text check (length(letter_number) <= 100),
    letter_date        date,
    letter_file_id     uuid,
    responsible_unit   text check (length(responsible_unit) <= 300),
    status             text not null check (status in ('DRAFT', 'RELEASED', 'SUPERSEDED')),
    revision           boolean not null default false,
    released_at        timestamptz,
    created_by         bigint references app_user (id),
    created_at         timestamptz not null default now(),
    version            integer not null default 0
);
create unique index state_position_one_draft_uq on state_position (addressee_id) where status = 'DRAFT';
create unique index state_position_one_released_uq on state_position (addressee_id) where status = 'RELEASED';

create table planned_measure (
    id          bigint generated always as identity primary key,
    position_id bigint not null references state_position (id) on delete cascade,
    description text not null check (length(description) between 1 and 1000),
    target_date date
);

-- The merged timeline per recommendation and body.
create table timeline_entry (
    id               bigint generated always as identity primary key,
    addressee_id     bigint not null references addressee (id) on delete cascade,
    kind             text not null check (kind in ('POSITION_RELEASED', 'NO_RESPONSE', 'DEADLINE_REVISED',
                                                  'PROGRESS', 'ASSESSMENT', 'REPLY', 'INHERITED')),
    occurred_on      date not null,
    completion       text check (completion in ('NO_EVIDENCE', 'NOT_STARTED', 'LIMITED', 'SUBSTANTIAL', 'COMPLETE',
                                                'SUPERSEDED', 'WITHDRAWN')),
    effect           text check (effect in ('WORSENED', 'NO_CHANGE', 'MARGINAL', 'MAJOR', 'OUTSTANDING')),
    confidence       text check (confidence in ('LOW', 'MEDIUM', 'HIGH')),
    method           text check (length(method) <= 1000),
    body             text check (length(body) <= 10000),
    evidence_url     text check (length(evidence_url) <= 1000),
    file_id          uuid,
    position         text,
    previous_date    date,
    new_date         date,
    reply_to_id      bigint references timeline_entry (id),
    author_id        bigint references app_user (id),
    author_org_id    bigint references organisation (id),
    created_at       timestamptz not null default now()
);
create index timeline_entry_addressee_idx on timeline_entry (addressee_id, occurred_on, id);

create table recommendation_question (
    id                bigint generated always as identity primary key,
    recommendation_id bigint not null references recommendation (id) on delete cascade,
    author_id         bigint references app_user (id),
    author_org_id     bigint not null references organisation (id),
    body              text not null check (length(body) between 1 and 5000),
    created_at        timestamptz not null default now()
);
create index recommendation_question_idx on recommendation_question (recommendation_id, created_at);

create table recommendation_follow (
    user_id           bigint not null references app_user (id) on delete cascade,
    recommendation_id bigint not null references recommendation (id) on delete cascade,
    created_at        timestamptz not null default now(),
    primary key (user_id, recommendation_id)
);

-- A reorganised body hands its open recommendations to its successor.
create table body_successor (
    organisation_id bigint primary key references organisation (id),
    successor_id    bigint not null references organisation (id),
    created_at      timestamptz not null default now(),
    check (organisation_id <> successor_id)
);

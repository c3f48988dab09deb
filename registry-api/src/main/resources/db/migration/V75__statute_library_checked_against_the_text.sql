-- The statute library checked against published texts of the 2008 Law on Suppression of Human Trafficking and
-- Sexual Exploitation (NS/RKM/0208/005), issue 26 item 7: a Khmer title beside the English one, the penalty range
-- where a published text states it, the source of each entry, and whether a clerk may still pick the entry.
-- docs/statutes.md says per entry what was and was not verified.

alter table offence
    add column title_km              text,
    add column penalty_min_months    integer check (penalty_min_months >= 0),
    add column penalty_max_months    integer check (penalty_max_months >= penalty_min_months),
    add column aggravated_max_months integer check (aggravated_max_months >= penalty_max_months),
    add column source                text,
    add column verification          text not null default 'UNVERIFIED'
        check (verification in ('ARTICLE_AND_PENALTY', 'ARTICLE_ONLY', 'UNVERIFIED')),
    -- false for an entry that is not an offence: it stays for the convictions that name it, no new one may.
    add column offered               boolean not null default true;

update offence set statute = 'Law on Suppression of Human Trafficking and Sexual Exploitation (2008, NS/RKM/0208/005)'
 where jurisdiction = 'KHM' and id like 'KHM-2008-%';

update offence set title_km = 'ការនាំយកមនុស្សដោយខុសច្បាប់ក្នុងគោលបំណង', penalty_min_months = 84, penalty_max_months = 180,
       aggravated_max_months = 240, verification = 'ARTICLE_AND_PENALTY',
       source = 'UNICEF unofficial translation (3 March 2008) as quoted by the Asia-Pacific task force model-legislation page, art. 10: 7 to 15 years; 15 to 20 years when the victim is a minor, by a public official, or by an organised group (https://taskforceonht.org/model-legislation/the-cambodian-law-on-suppression-of-human-trafficking-and-sexual-exploitation/)'
 where id = 'KHM-2008-10';

update offence set title_km = 'ការនាំយកមនុស្សដោយខុសច្បាប់ដើម្បីឆ្លងដែន', verification = 'UNVERIFIED',
       source = 'Article heading as seeded; not found in a published text we could read (UNICEF unofficial translation, http://studylib.net/doc/10020464/cambodian-2008-anti-trafficking-law---english, not read in full)'
 where id = 'KHM-2008-11';

update offence set title_km = 'ការជ្រើសរើសមនុស្សដោយខុសច្បាប់ដើម្បីកេងប្រវ័ញ្ច', verification = 'ARTICLE_ONLY',
       source = 'UNICEF unofficial translation, art. 10 para. 3 names art. 12 among the offences with the purpose of "any form of exploitation" (https://taskforceonht.org/model-legislation/the-cambodian-law-on-suppression-of-human-trafficking-and-sexual-exploitation/); penalty not verified'
 where id = 'KHM-2008-12';

update offence set title_km = 'ការលក់ ទិញ ឬដោះដូរមនុស្សក្នុងគោលបំណង', verification = 'ARTICLE_ONLY',
       source = 'UNICEF unofficial translation, art. 10 paras. 3 and 5 name art. 15 among the offences with a purpose (https://taskforceonht.org/model-legislation/the-cambodian-law-on-suppression-of-human-trafficking-and-sexual-exploitation/); penalty not verified'
 where id = 'KHM-2008-15';

update offence set title_km = 'ការដឹកជញ្ជូន ទទួល ឬលាក់ទុកមនុស្សក្នុងគោលបំណង', verification = 'ARTICLE_ONLY',
       source = 'UNICEF unofficial translation, art. 10 paras. 3 and 5 name art. 17 among the offences with a purpose (https://taskforceonht.org/model-legislation/the-cambodian-law-on-suppression-of-human-trafficking-and-sexual-exploitation/); penalty not verified'
 where id = 'KHM-2008-17';

-- Article 24 is not an aggravated procurement offence: it exempts from punishment a minor who solicits.
update offence set title = 'Minor who solicits for prostitution: not punished (not an offence)',
       title_km = 'អនីតិជនដែលបបួលដើម្បីពេស្យាចារ មិនត្រូវផ្តន្ទាទោស', offered = false, verification = 'ARTICLE_ONLY',
       source = 'ECPAT-based summary of the law: "Article 24 explicitly exempts from punishment a minor who solicits for the purpose of prostitution" (https://www.lawyersnjurists.com/?p=17663)'
 where id = 'KHM-2008-24';

update offence set title_km = 'ការទិញពេស្យាចារកុមារ', verification = 'ARTICLE_ONLY',
       source = 'ECPAT-based summary: art. 34 makes it an offence to have sexual intercourse or other sexual conduct with a minor by providing or promising anything of value (https://www.lawyersnjurists.com/?p=17663); penalty not verified'
 where id = 'KHM-2008-34';

insert into offence (id, jurisdiction, statute, article, title, category, title_km, verification, source) values
    ('KHM-2008-35', 'KHM', 'Law on Suppression of Human Trafficking and Sexual Exploitation (2008, NS/RKM/0208/005)', '35',
     'Soliciting or advertising child prostitution', 'CHILD_PROSTITUTION', 'ការបបួល ឬផ្សព្វផ្សាយពេស្យាចារកុមារ', 'ARTICLE_ONLY',
     'ECPAT-based summary: art. 35 covers soliciting or advertising child prostitution to act as an intermediary (https://www.lawyersnjurists.com/?p=17663); penalty not verified');

update offence set title_km = 'ការចែកចាយ លក់ ឬតាំងបង្ហាញរូបភាពអាសអាភាសកុមារ', verification = 'ARTICLE_ONLY',
       source = 'INHOPE/APLE: child pornography is "referred to in Article 40" (https://inhope.org/EN/articles/cambodian-deep-dive-challenges-in-legislation); the acts and the penalty not verified'
 where id = 'KHM-2008-40';

update offence set title_km = 'ការផលិតរូបភាពអាសអាភាសកុមារ', verification = 'UNVERIFIED',
       source = 'Article heading as seeded; not found in a published text we could read'
 where id = 'KHM-2008-41';

update offence set title_km = 'ការរួមដំណេកជាមួយអនីតិជនអាយុក្រោម ១៥ ឆ្នាំ', penalty_min_months = 60, penalty_max_months = 120,
       verification = 'ARTICLE_AND_PENALTY',
       source = 'The Cambodia Daily, "Laws Clarify Foreign Pedophiles'' Treatment": art. 42 punishes sexual intercourse with minors under 15 with five to 10 years (https://english.cambodiadaily.com/news/laws-clarify-foreign-pedophiles-treatment-57257/)'
 where id = 'KHM-2008-42';

update offence set title_km = 'អំពើអនាចារលើអនីតិជនអាយុក្រោម ១៥ ឆ្នាំ', penalty_min_months = 12, penalty_max_months = 36,
       verification = 'ARTICLE_AND_PENALTY',
       source = 'The Cambodia Daily, "Laws Clarify Foreign Pedophiles'' Treatment": art. 43 punishes indecent acts with minors under 15 with one to three years and a fine (https://english.cambodiadaily.com/news/laws-clarify-foreign-pedophiles-treatment-57257/)'
 where id = 'KHM-2008-43';

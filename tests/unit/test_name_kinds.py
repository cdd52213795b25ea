"""Kinds of unknown names: the cue words (roles, place and organisation words), places,
clubs, institutions and credits that decide whether a name is a person, an organisation, a
place or an event (``pipeline.name_kinds``, with ``pipeline.names``).
"""

from __future__ import annotations

from pipeline.topics import extract_topics
from tests.unit.topic_matching import kinds, topic_labels


def test_acronym_and_place_is_one_club() -> None:
    body = (
        "Die Füchse gewannen gegen den ThSV Eisenach mit 38:25. Der THW Kiel spielt am Sonntag.\n"
        "Gegen den ThSV Eisenach war die Partie früh entschieden."
    )
    topics = kinds("Pokal: Klarer Sieg", body, "de")
    assert topics.get("ThSV Eisenach") == "organization"
    assert topics.get("THW Kiel") == "organization"
    assert "Kiel" not in topics


def test_demonym_opens_a_brand_and_ceremonies_are_events() -> None:
    body = (
        "Die Marke Thüringer Landstolz gehört dem Schlachtbetrieb. Thüringer Landstolz wirbt mit "
        "regionalem Fleisch.\nZur Krönungszeremonie kamen Gäste, die Krönungszeremonie dauerte."
    )
    topics = kinds("Fleisch aus Thüringen", body, "de")
    assert topics.get("Thüringer Landstolz") not in (None, "person")
    assert topics.get("Krönungszeremonie") == "event"


def test_places_after_prepositions_compass_words_and_appositions() -> None:
    body = (
        "Sie verbrachte Monate in Kafr Safrawi. In einem Dorf südlich von Bethlehem fielen "
        "Schüsse.\n"
        "Am Morgen brannte ein Strommast im Berliner Ortsteil Johannisthal."
    )
    topics = kinds(None, body, "de")
    assert topics.get("Kafr Safrawi") == "location"
    assert topics.get("Bethlehem") == "location"
    assert topics.get("Johannisthal") == "location"
    assert "Ortsteil Johannisthal" not in topics


def test_place_opening_a_name_is_no_family_name() -> None:
    body = (
        "Protesters gathered in Plymouth city centre on Monday. Plymouth Citibus said services "
        "were diverted.\nPolice in Plymouth made arrests. Later Plymouth Citibus said buses ran "
        "again, and spy chief Nam Sung-wook said Nam had briefed lawmakers."
    )
    topics = kinds("Clashes in Plymouth", body, "en")
    assert topics.get("Plymouth") == "location"  # not folded into "Plymouth Citibus"
    assert topics.get("Nam Sung-wook") == "person"
    assert "Nam" not in topics


def test_given_name_spelled_like_a_place_opens_a_persons_name() -> None:
    body = (
        "Virginia Giuffre accused the prince. Court papers filed by Virginia Giuffre were "
        "released.\nTexas Instruments shares fell, and Texas Instruments cut jobs in Dallas."
    )
    topics = kinds("Epstein papers", body, "en")
    assert topics.get("Virginia Giuffre") == "person"
    assert "Virginia" not in topics
    assert topics.get("Texas Instruments") == "organization"
    german = kinds(None, "Berlin. Rom Braslavski wurde verschleppt. Braslavski lebt.", "de")
    assert german.get("Rom Braslavski") == "person"
    # "Irene" reads as an inflected demonym ("Iren", the Irish) unless a name follows
    runner = kinds(
        None, "Am Ende gewann die Kenianerin Irene Cheptai in Hamburg. Cheptai lief allein.", "de"
    )
    assert runner.get("Irene Cheptai") == "person"
    assert "Irland" not in runner
    assert kinds(None, "Die Iren feiern in Dublin. Die Iren jubeln.", "de").get("Irland")


def test_firm_opening_its_sentences_and_a_group_named_by_its_head() -> None:
    body = (
        "Hugo Chávez nationalised its assets.\nConocoPhillips also had its assets nationalised."
        "\nConocoPhillips, whom the authorities owe money, will remain cautious."
    )
    assert kinds("Oil firms wait", body, "en").get("ConocoPhillips") == "organization"
    body = "Ron DeSantis spoke on Monday.\nDeSantis said the state would act."
    assert kinds("Governor speaks", body, "en") == {"Ron DeSantis": "person"}
    body = (
        "Initial findings show Tongzhou Group, the company operating the plant, ignored rules."
        "\nTongzhou Group has not made a public statement."
    )
    assert kinds("Fire kills 20", body, "en").get("Tongzhou Group") == "organization"


def test_district_and_neighbourhood_words_introduce_places() -> None:
    body = "Tourists crowd the district of Akihabara. The neighborhood Shimokitazawa is quieter."
    topics = kinds("Tokyo", body, "en")
    assert topics.get("Akihabara") == "location"
    assert topics.get("Shimokitazawa") == "location"


def test_organisation_word_as_head_makes_an_organisation_in_german() -> None:
    body = (
        "Die Federal Reserve hat den Zusammenbruch der Silicon Valley Bank analysiert. "
        "Die Silicon Valley Bank war eine Regionalbank in Kalifornien."
    )
    assert kinds("Bankenaufsicht", body, "de").get("Silicon Valley Bank") == "organization"


def test_place_in_a_club_name_stands_for_the_club_in_a_match_report() -> None:
    body = (
        "Der FC Bayern München hat beim VfL Bochum mit 5:0 gewonnen. Bochum kassierte früh "
        "ein Tor, Bayern blieb Tabellenführer.\nTrainer Kompany lobte die Mannschaft nach dem "
        "Spiel, Bayern spielte stark. Bochum steckt im Abstiegskampf der Liga."
    )
    topics = kinds("Bayern siegt in Bochum", body, "de")
    assert topics.get("FC Bayern München") == "organization"
    assert topics.get("VfL Bochum") == "organization"
    assert "Bochum" not in topics
    assert "Bayern" not in topics
    # outside sport the place is a place
    news = "Die Regierung in Bayern will Bochum helfen. Der VfL Bochum baut ein Stadion."
    assert kinds("Hilfe für Bochum", news, "de").get("Bochum") == "location"


def test_club_called_by_its_first_word_is_the_club() -> None:
    body = (
        "Die Füchse Berlin haben gegen Kiel gewonnen. Die Füchse führen die Tabelle an, der "
        "MSV Duisburg verlor.\nTrainer Krickau lobte die Füchse Berlin, der MSV steigt ab."
    )
    topics = kinds("Füchse Berlin siegen", body, "de")
    assert topics.get("Füchse Berlin") == "organization"
    assert "Fuchs" not in topics
    assert "Füchse" not in topics
    assert topics.get("MSV Duisburg") == "organization"
    assert "MSV" not in topics
    # a club no gazetteer lists: the same fold for the name found in the text
    body = (
        "Die Tigers Tübingen haben gegen Ulm gewonnen. Die Tigers führen die Tabelle an.\n"
        "Trainer Müller lobte die Tigers Tübingen."
    )
    topics = kinds("Tigers Tübingen siegen", body, "de")
    assert topics.get("Tigers Tübingen") == "organization"
    assert "Tigers" not in topics


def test_prosecutors_named_after_their_city_are_one_organisation() -> None:
    body = (
        "Die Staatsanwaltschaft Itzehoe ermittelt gegen drei Männer. Die Staatsanwaltschaft "
        "Itzehoe sprach von einem geplanten Überfall.\nDie Polizei Heide half bei der Fahndung."
    )
    topics = kinds("Überfall in Itzehoe", body, "de")
    assert topics.get("Staatsanwaltschaft Itzehoe") == "organization"


def test_prize_winner_and_writer_roles_introduce_people() -> None:
    body = (
        "Der Friedensnobelpreisträger Al Gore hat in Berlin eine Rede gehalten.\n"
        "Am Rande traf Al Gore die Schriftstellerin Juli Zeh."
    )
    topics = kinds("Al Gore spricht in Berlin", body, "de")
    assert topics["Al Gore"] == "person"


def test_place_that_is_a_common_noun_is_the_noun_after_an_article() -> None:
    body = (
        "Das Essen war gut, sagte der Koch. In der großen Halle saßen 200 Gäste.\n"
        "Das Essen kostete zehn Euro. Die Halle war voll."
    )
    topics = kinds("Essen in der Mensa", body, "de")
    assert topics.get("Essen") != "location"
    assert topics.get("Halle") != "location"
    body = (
        "In Essen streiken die Busfahrer. Auch in Halle ruht der Verkehr.\n"
        "Das Spiel gegen Essen fällt aus. Essen ist besonders betroffen."
    )
    topics = kinds("Streik in Essen", body, "de")
    assert topics["Essen"] == "location"
    assert topics["Halle"] == "location"


def test_spa_town_keeps_its_bad() -> None:
    body = "In Bad Reichenhall ist das Dach einer Eishalle eingestürzt.\nBad Reichenhall trauert."
    topics = kinds("Unglück in Bad Reichenhall", body, "de")
    assert topics["Bad Reichenhall"] == "location"
    assert "Reichenhall" not in topics


def test_compass_word_opens_an_english_name() -> None:
    body = (
        "Coronation Street won at the South Bank Show Awards. The South Bank Show Awards are "
        "held in London.\nRichard Weir, 60, from Tynemouth, North Tyneside, was there."
    )
    topics = kinds("South Bank Awards honour hit soap", body, "en")
    assert topics["South Bank Show Awards"] == "event"
    assert "Bank Show Awards" not in topics
    assert topics["North Tyneside"] == "location"


def test_german_town_by_its_ending_after_in_or_von() -> None:
    body = (
        "Er hatte zuerst im nahe gelegenen Weinheim eine Granate geworfen. Die Familie in "
        "Weinheim war verreist.\nDann fuhr er nach Viernheim."
    )
    topics = kinds("Bombenleger von Viernheim verurteilt", body, "de")
    assert topics["Viernheim"] == "location"
    assert topics["Weinheim"] == "location"
    body = "Die Bewohner leben in Wohnheim und Altersheim. Das Wohnheim ist voll."
    assert kinds("Neues Heim", body, "de").get("Wohnheim") != "location"


def test_fashion_house_named_after_its_founder_is_an_organisation() -> None:
    body = "Zendaya wore Louis Vuitton at the premiere. Louis Vuitton dressed her again in Paris."
    assert kinds("Every outfit, ranked", body, "en")["Louis Vuitton"] == "organization"


def test_relative_pronoun_is_no_article_before_a_place() -> None:
    body = (
        "Der Kanzler, der später Halle besuchte, sprach dort.\n"
        "Das Feuer brach in einer Lagerhalle aus, die Halle brannte nieder."
    )
    topics = kinds("Kanzler in Sachsen-Anhalt", body, "de")
    assert topics["Halle"] == "location"  # the first mention is the city
    topics = kinds("Brand", "Das Feuer brach in der Halle aus. Die Halle brannte nieder.", "de")
    assert topics.get("Halle") == "keyphrase"
    assert "Hall" not in topics


def test_princess_is_a_role_between_two_names() -> None:
    body = (
        "Seit Wochen wird spekuliert, ob Fürstin Charlène ihre Behandlung unterbricht.\n"
        "Andrea Casiraghi, der Neffe der Fürstin, wurde in Zürich gesehen."
    )
    topics = kinds("Holt Andrea Casiraghi Fürstin Charlène zurück nach Monaco?", body, "de")
    assert topics["Andrea Casiraghi"] == "person"
    assert not any("Casiraghi Fürstin" in label for label in topics)


def test_english_band_and_short_given_name_in_german_text() -> None:
    body = (
        "Sie wurde bekannt durch ihre Beziehung zu Mick Jagger von den Rolling Stones.\n"
        "Jagger schrieb mit Keith Richards ihren ersten Hit."
    )
    topics = kinds("Sängerin gestorben", body, "de")
    assert topics["Mick Jagger"] == "person"
    assert topics["The Rolling Stones"] == "organization"
    assert "Jagger" not in topics


def test_title_words_before_a_role_name_nobody() -> None:
    body = (
        "Union leaders met Deputy Prime Minister John Prescott on Monday. The Acting Prime "
        "Minister and Shadow Foreign Secretary Ann Lee spoke later. Shadow Education Secretary "
        "Tim Collins and Health Secretary Wes Streeting agreed.\nApple CEO Tim Cook did not."
    )
    found = kinds("Unions meet minister", body, "en")
    assert {"John Prescott", "Ann Lee", "Tim Collins", "Wes Streeting", "Tim Cook"} <= set(found)
    assert not any(
        word in label
        for label in found
        for word in ("Prime", "Deputy", "Shadow", "Education", "Health")
    )
    assert found.get("Apple") == "organization"  # a company before "CEO" is no portfolio


def test_and_inside_an_english_institution_name() -> None:
    body = (
        "The National Oceanic and Atmospheric Administration updated its outlook on Thursday.\n"
        "Public and Commercial Services Union members will strike. The House Energy and "
        "Commerce Committee met. Britain and France Foreign Office staff talked."
    )
    found = kinds("Floods expected", body, "en")
    assert found.get("National Oceanic and Atmospheric Administration") == "organization"
    assert found.get("Public and Commercial Services Union") == "organization"
    assert found.get("House Energy and Commerce Committee") == "organization"
    assert not any(label.startswith("Britain and") for label in found)  # a place ends the name


def test_named_days_places_and_titles_with_generic_words_stay_whole() -> None:
    body = (
        "Memorial Day is a U.S. holiday, and Memorial Day parades are held in many towns.\n"
        "Migrants were found on a train from Eagle Pass. Eagle Pass is a border town.\n"
        "Microsoft wants to keep Call of Duty on rival consoles. Call of Duty sells well."
    )
    found = kinds("What is Memorial Day?", body, "en")
    assert found.get("Memorial Day") == "event"
    assert found.get("Eagle Pass") == "location"
    assert "Call of Duty" in found
    assert not {"Memorial", "Eagle", "of Duty"} & set(found)


def test_place_word_alone_is_the_place_it_ends_and_opens_no_sentence_name() -> None:
    body = (
        "Construction for the Los Angeles Coliseum began in 1921. The Coliseum hosted the "
        "Olympics twice, and the Coliseum will host them again.\nUniversity of Oxford "
        "researchers studied the stadium."
    )
    found = kinds("Coliseum renovation", body, "en")
    assert found.get("Los Angeles Coliseum") == "location"
    assert "Coliseum" not in found  # the short form is the same place
    assert not any(label.startswith("Construction") for label in found)
    assert found.get("University of Oxford") == "organization"


def test_german_institution_in_the_genitive_keeps_its_seat_or_region() -> None:
    body = (
        "Sabine Mistler, Vorsitzende des Philologenverbands NRW, sagte das. Der "
        "Philologenverband NRW fordert mehr.\nEin Sprecher des Landgerichts Itzehoe sagte, "
        "das Landgericht Itzehoe entscheide bald."
    )
    found = kinds("Schule", body, "de")
    assert found.get("Philologenverband NRW") == "organization"
    assert found.get("Landgericht Itzehoe") == "organization"
    assert not {"NRW", "Itzehoe", "Philologenverband", "Landgericht"} & set(found)


def test_generational_suffix_ends_a_person_and_mps_are_a_role() -> None:
    body = (
        "Al Unser Jr. won the race in 1992. Unser said it was great.\n"
        "Senegal MPs voted against the plan. The MPs said no, and the vote was found guilty "
        "of nothing."
    )
    found = kinds("Race and vote", body, "en")
    assert found.get("Al Unser Jr.") == "person"
    assert "Unser" not in found  # the bare surname is the same person
    assert not any("MPs" in label for label in found)
    assert "guilty" not in found


def test_natural_features_and_roads_are_places() -> None:
    body = (
        "The lodge sits on Lac Beauvert below Whistlers Mountain. Guests walked to Lac "
        "Beauvert.\nThe show moved to Drury Lane, and Drury Lane was full."
    )
    found = kinds("Jasper lodge", body, "en")
    for place in ("Lac Beauvert", "Whistlers Mountain", "Drury Lane"):
        assert found.get(place) == "location", place
    assert "sit" not in found  # a verb after its subject


def test_photo_credits_name_no_topic() -> None:
    body = (
        "Police stood guard outside the ranch near Waco. (Ron Johnson/AP)\n"
        "Donald Trump held a rally in Waco. Trump spoke for an hour. Photo: Ann Lee/Getty Images"
    )
    labels = topic_labels("Trump holds rally in Waco", body, "en")
    assert {"Donald Trump", "Waco"} <= set(labels)
    assert not any("Johnson" in label or "Lee" in label or "Image" in label for label in labels)
    german = "Die Polizei sperrte den Platz in Mannheim. (Foto: Max Mustermann/dpa)"
    assert not any("Mustermann" in label for label in topic_labels("Mannheim", german, "de"))


def test_inflected_noun_compound_after_in_is_no_place() -> None:
    body = (
        "Sie hat Kinder in Erziehungsstellen betreut. Viele Menschen waren in Verkehrstunneln "
        "eingeschlossen.\nDie nach Vatikanangaben verfasste Predigt wurde in Waldkirchen verlesen."
    )
    found = kinds("Predigt verlesen", body, "de")
    for noun in ("Erziehungsstellen", "Verkehrstunneln", "Vatikanangaben"):
        assert found.get(noun) != "location", noun
    assert found.get("Waldkirchen") == "location"  # a town whose name ends in a plural noun


def test_people_of_a_named_place_are_a_mention_of_the_place() -> None:
    body = (
        "Gesine Homrighausen kam der Liebe wegen nach Selm. Als Clown brachte sie Kinder zum "
        "Lachen.\nDie Selmerin wurde 68 Jahre alt. Viele Selmer trauern."
    )
    found = kinds("Clownin aus Selm ist tot", body, "de")
    assert found.get("Selm") == "location"
    assert not {"Selmerin", "Selmer"} & set(found)


def test_roman_numerals_number_classes_and_courts_not_people() -> None:
    body = (
        "In Deutschland wurde die neue Klade Ib nachgewiesen. Klade Ib gilt als gefährlicher "
        "als Klade IIb.\nGegen Klade I wirkt der Impfstoff, sagt das Landgericht München I in "
        "einem Urteil. Ludwig XIV. baute Versailles."
    )
    found = kinds("Neue Mpox-Variante", body, "de")
    assert found.get("Klade Ib") == "keyphrase"
    assert found.get("Klade IIb") == "keyphrase"
    assert found.get("Landgericht München I") == "organization"
    assert found.get("Ludwig XIV") == "person"
    assert "Klade" not in found


def test_coasts_and_shoals_are_places_but_not_after_a_given_name() -> None:
    body = (
        "A man was killed by a shark near Kennedy Shoal, off the Cassowary Coast. Police said "
        "Kennedy Shoal is popular.\nThe BBC correspondent Stephen Cape reported from the coast."
    )
    found = kinds("Shark attack", body, "en")
    assert found.get("Kennedy Shoal") == "location"
    assert found.get("Cassowary Coast") == "location"
    assert found.get("Stephen Cape") == "person"


def test_role_word_after_a_given_name_is_a_surname_and_buildings_are_places() -> None:
    body = (
        "Booking insider Tessa Bishop, Head of Sales, said prices rise. According to Tessa, May "
        "is cheapest.\nPrince Harry met King Charles at Windsor Castle. Anna König sagte nichts."
    )
    found = kinds("Disney tips", body, "en")
    assert found.get("Tessa Bishop") == "person"
    assert found.get("Anna König") == "person"
    assert "Tessa" not in found
    assert found.get("Prince Harry") == "person"  # a role opening a name stays a role
    german = "Der Bundespräsident lud ins Schloss Bellevue. Das Schloss Bellevue ist alt."
    assert kinds("Empfang", german, "de").get("Schloss Bellevue") == "location"


def test_peers_post_nominals_and_a_full_name_guessed_an_organisation() -> None:
    body = (
        "Director of Public Prosecutions Ken Macdonald QC said Lord Woolf was right. Woolf "
        "added more.\nA judge dismissed the case against Kilmar Abrego Garcia. Abrego Garcia "
        "was deported, and lawyers for Abrego Garcia said he was targeted."
    )
    found = kinds("Judges rule", body, "en")
    assert found.get("Ken Macdonald") == "person"
    assert found.get("Lord Woolf") == "person"
    assert found.get("Kilmar Abrego Garcia") == "person"
    assert not {"Woolf", "Abrego Garcia", "Ken Macdonald QC", "Public Prosecutions"} & set(found)


def test_club_named_after_a_place_takes_the_club_name_and_royals_their_title() -> None:
    body = (
        "Der FC Liverpool hat das Derby verloren. Liverpool unterlag beim Tabellensiebzehnten "
        "Everton mit 0:2.\nTrainer Klopp war enttäuscht, das Spiel war schwach. Everton jubelte "
        "über den Sieg in der Liga, die Saints verloren."
    )
    found = kinds("Liverpool verliert bei Everton", body, "de")
    assert found.get("FC Everton") == "organization"
    assert "Everton" not in found
    assert not any("New Orleans" in label for label in found)  # a nickname names no club
    royals = "Fürst Albert schweigt. Papst Leo betet für den Frieden, und Prinz Harry reist."
    found = kinds("Monaco feiert", royals, "de")
    assert {"Fürst Albert", "Papst Leo", "Prinz Harry"} <= set(found)


def test_employers_after_at_towns_before_a_state_and_institutions_of_something() -> None:
    body = (
        "Flooding is expected from Minneapolis down to Keokuk, Iowa. Jane Foley, managing "
        "director at Rabobank, said it was bad.\nThe Mitchelton Gallery of Aboriginal Art "
        "opened, and NYC's Museum of Failure showed flops."
    )
    found = kinds("Floods and flops", body, "en")
    assert found.get("Keokuk") == "location"
    assert found.get("Rabobank") == "organization"
    assert found.get("Mitchelton Gallery of Aboriginal Art") == "organization"
    assert found.get("New York") == "location"  # the possessive opens no name with "Museum"
    assert found.get("Museum of Failure") == "organization"


def test_professions_and_police_ranks_introduce_people() -> None:
    german = (
        "Er will in Berufung gehen, wie sein Verteidiger Øystein Storrvik mitteilte. "
        "Die Ermittlerin Ilka Vossberg widersprach."
    )
    found = kinds("Berufung", german, "de")
    assert found.get("Øystein Storrvik") == "person"
    assert "Storrvik" not in found
    school = "„Der Bot erklärt alles“, sagt Schülerin Diba später. Die Schüler lachen."
    found = kinds("KI in der Schule", school, "de")
    assert "Schülerin Diba" not in found  # the noun introduces the name, it is no part of it
    assert found.get("Schüler") == "keyphrase"
    race = "Die Kandidaten stehen fest. Kandidat Horst Köhler tritt an, drei Kandidaten wollen es."
    found = kinds("Wahl des Bundespräsidenten", race, "de")
    assert found.get("Kandidat") == "keyphrase"
    assert found.get("Horst Köhler") == "person"
    english = (
        "The case was brought by prosecutor Tamsin Okonjo on Monday. Detective Inspector Jarek "
        "Wozniak led the inquiry, and the rapper Ghetts spoke."
    )
    found = kinds("Trial", english, "en")
    assert found.get("Jarek Wozniak") == "person"  # the ranks are no part of the name
    assert found.get("Ghetts") == "person"
    assert "prosecutor" not in found
    # alone, a profession can be what the story is about
    alone = "The architect drew the tower. Critics said the architect had ignored the river."
    assert "architect" in kinds("Tower", alone, "en")


def test_noun_after_a_german_speech_verb_is_no_speaker_when_written_as_a_noun() -> None:
    body = (
        "Trump sagt Besuch zu\nDer designierte Präsident Trump sagte seinen Besuch zu.\n"
        "„Das ist gut“, sagte Vossberg."
    )
    found = kinds("Feuer in Los Angeles", body, "de")
    assert found.get("Besuch") == "keyphrase"
    assert found.get("Vossberg") == "person"  # no noun elsewhere: the speaker


def test_a_name_joined_to_a_place_by_and_is_a_place_and_institutions_keep_their_adjective() -> None:
    german = "Der Zug fuhr zwischen Garmisch-Partenkirchen und Murnau. Verletzte kamen nach Murnau."
    assert kinds("Zugunglück", german, "de").get("Murnau") == "location"
    english = "Floods hit Minneapolis and Stillwater on Monday."
    assert kinds("Floods", english, "en").get("Stillwater") == "location"
    body = "Members of the International Association of Machinists voted to accept the deal."
    found = kinds("Strike ends", body, "en")
    assert found.get("International Association of Machinists") == "organization"
    assert "Association of Machinists" not in found


def test_operators_services_and_chains_announce_a_firm() -> None:
    body = (
        "Laut Flughafenbetreiber Fraport wurden Flüge gestrichen. Der Streamingdienst Vixflo "
        "zeigt die Serie, die Supermarktkette Edeka senkt die Preise.\n"
        "Sie trug eine Latzhose mit passender Schiebermütze."
    )
    found = kinds("Flughafen", body, "de")
    assert found.get("Fraport") == "organization"
    assert found.get("Vixflo") == "organization"
    assert found.get("Edeka") == "organization"
    assert found.get("Schiebermütze") != "organization"  # "passender" is no "Sender"


def test_a_word_no_dictionary_knows_is_one_name_wherever_it_stands() -> None:
    body = (
        "Das Zentrum des Bebens lag vor der Küste nahe Hualien.\n"
        "Im am schlimmsten betroffenen Hualien suchten Helfer nach Verschütteten. "
        "Auch im Umland von Hualien stürzten Häuser ein."
    )
    topics = extract_topics("Erdbeben in Taiwan", body, "de")
    hualien = [t for t in topics if t.label == "Hualien"]
    assert [t.kind for t in hualien] == ["location"]  # one topic, of the kind its cue names


def test_a_named_building_is_a_place_and_its_bare_noun_stands_for_it() -> None:
    body = (
        "Tausende Mönche zogen zur Shwedagon-Pagode. An der Shwedagon-Pagode beteten sie. "
        "Die Pagode ist das Wahrzeichen der Stadt."
    )
    topics = {t.label: t.kind for t in extract_topics("Proteste in Myanmar", body, "de")}
    assert topics.get("Shwedagon-Pagode") == "location"
    assert "Pagode" not in topics  # "die Pagode" is the one named above
    english = "Worshippers gathered at the Al-Aqsa Mosque. The Al-Aqsa Mosque was closed."
    assert kinds("Jerusalem", english, "en").get("Al-Aqsa Mosque") == "location"


def test_a_disease_written_like_a_name_is_an_event() -> None:
    body = (
        "The Ebola virus has killed 40 people in the eastern province, health officials said. "
        "Ebola spreads through bodily fluids.\nDoctors fear that Ebola will reach the capital."
    )
    assert kinds("Outbreak spreads", body, "en").get("Ebola") == "event"
    body_de = "Die Affenpocken breiten sich aus. Mpox wird durch engen Kontakt übertragen."
    assert kinds("Gesundheit", body_de, "de").get("Mpox") == "event"


def test_a_compound_on_a_colour_word_is_no_place() -> None:
    body = (
        "Die Kleider gibt es in Pastellgelb und Dunkelblau. Das Modell in Knallrot kostet mehr.\n"
        "Die Designerin zeigte die Kollektion in Mailand. Achim Weiß lobte die Schnitte."
    )
    topics = kinds("Neue Mode", body, "de")
    assert topics.get("Pastellgelb") not in ("location", "person", "organization")
    assert topics.get("Knallrot") not in ("location", "person", "organization")
    assert topics.get("Mailand") == "location"
    assert topics.get("Achim Weiß") == "person"


def test_a_name_before_a_role_and_a_persons_name_is_the_employer_or_the_place() -> None:
    body = (
        "The deal was backed by longtime Acme Widgets CEO Bobby Kotick, who pledged to keep "
        "prices low. Kelso Falls Mayor Don McLaughlin welcomed it.\n"
        "Regulators had sought to stop the deal. Rival firms will pay Acme a fee."
    )
    topics = kinds("Deal approved", body, "en")
    assert topics.get("Acme Widgets") == "organization"
    assert topics.get("Kelso Falls") == "location"
    assert topics.get("Bobby Kotick") == "person"
    assert "Acme" not in topics  # the firm's first word alone is the firm


def test_a_company_word_before_a_name_makes_it_a_company() -> None:
    body = (
        "Shares of video game company Zentro Blizzard rose. Zentro Blizzard makes games.\n"
        "Zentro Blizzard did not comment."
    )
    assert kinds("Shares rise", body, "en").get("Zentro Blizzard") == "organization"


def test_an_abbreviation_grown_into_a_word_is_an_organisation() -> None:
    body = (
        "Das ITZBund hat einen Vertrag mit IONOS geschlossen. Das ITZBund betreibt Rechenzentren."
        "\nDie LKWs stehen still, sagt das ITZBund."
    )
    topics = kinds("Cloud für den Bund", body, "de")
    assert topics.get("ITZBund") == "organization"
    assert topics.get("LKW") != "organization"


def test_an_elected_body_named_by_its_noun_is_an_organisation() -> None:
    body = (
        "Der Landtag hat den Haushalt beschlossen. Im Landtag stimmten CDU und SPD dafür.\n"
        "Die Bremische Bürgerschaft berät am Mittwoch, die Bürgerschaft tagt öffentlich."
    )
    topics = kinds("Landtag beschließt Haushalt", body, "de")
    assert topics.get("Landtag") == "organization"
    assert topics.get("Bürgerschaft") == "organization"
    assert topics.get("Haushalt") == "keyphrase"

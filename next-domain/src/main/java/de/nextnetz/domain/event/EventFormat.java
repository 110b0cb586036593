package de.nextnetz.domain.event;

/** Veranstaltungsformat: the event formats of NExT e. V. (activity report 2024, section 2). */
public enum EventFormat {
  /** A meeting of a NExTcommunity. */
  COMMUNITY_MEETING("NExTcommunity"),
  /** What's NExT?: the series in which new topics and communities are proposed. */
  WHATS_NEXT("What's NExT?"),
  /** NExT-to-meet-you: the networking format planned for 2025, successor of the NExTcamp. */
  NEXT_TO_MEET_YOU("NExT-to-meet-you"),
  /** NExTcamp: the online barcamp held until 2023. */
  NEXTCAMP("NExTcamp"),
  /** #NExTbasics: "there are no stupid questions". */
  NEXTBASICS("NExTbasics"),
  /** NExTperspektiven: talks with key figures of the digital change. */
  NEXTPERSPEKTIVEN("NExTperspektiven"),
  /** NExTwerkstatt: a time-limited project workshop. */
  NEXTWERKSTATT("NExTwerkstatt"),
  /** The NExTpanel's spring conference (Frühjahrskonferenz). */
  NEXTPANEL_SPRING("NExTpanel Frühjahrskonferenz"),
  /** The NExTpanel's autumn conference (Herbstkonferenz), within which the general assembly meets. */
  NEXTPANEL_AUTUMN("NExTpanel Herbstkonferenz"),
  /** A general assembly held as an event of its own. */
  GENERAL_ASSEMBLY("Mitgliederversammlung"),
  /** A network or special event, e.g. the NExTsommerfest. */
  NETWORK_EVENT("NExTnetzwerk");

  private final String label;

  EventFormat(String label) {
    this.label = label;
  }

  /** {@return the format's name as the association writes it} */
  public String getLabel() {
    return label;
  }

  /** {@return whether this is a conference of the NExTpanel (spring or autumn)} */
  public boolean isPanelConference() {
    return this == NEXTPANEL_SPRING || this == NEXTPANEL_AUTUMN;
  }
}

// The demo page's example text: the seed article's figures (China News
// Online, 13 October 2020) restated in this project's own words; the article
// itself is other people's text and stays in ../shared.
export const EXAMPLE_TEXT = "Shanghai, first half of 2020: online retail sales were 122.7 billion yuan, up 5% year on year; online information consumption rose 50%, the online digital content industry 20% and new generation information technology 10.5%.\n\nDuring the National Day Golden Week of 2020 (1-8 October), offline physical consumption was 65.99 billion yuan, up 12.2% year on year, and online retail sales were 35.86 billion yuan, up 15.7% year on year.\n\nBy 2022, the city plans to build 100 smart factories.";

/** Building blocks for practice questions written inside unit tests. */

export const source = {
	title: 'Introduction to BigQuery ML',
	url: 'https://docs.cloud.google.com/bigquery/docs/bqml-introduction',
};

/** An option with an explanation long enough for the schema. */
export const option = (text: string, correct = false) => ({
	text,
	correct,
	why: `Because ${text} is ${correct ? 'right' : 'wrong'} here.`,
});

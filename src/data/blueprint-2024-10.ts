/**
 * Blueprint `2024-10`: the official exam guide that went live on 1 October 2024.
 * Sources: Google's official exam guide,
 * https://cloud.google.com/learn/certification/guides/machine-learning-engineer
 * (the October 2024 version), and the certification page,
 * https://cloud.google.com/learn/certification/machine-learning-engineer.
 * Consideration IDs are positional within their
 * sub-objective and never change once published: links (`/o/1.1.2/`), question
 * files and progress kept in browsers depend on them.
 */
import type { z } from 'astro/zod';
import { blueprintSchema, type Blueprint } from '../schemas/registry';

const data = {
	id: '2024-10',
	effective: '2024-10-01',
	official: true,
	sections: [
		{
			id: '1',
			slug: 'section-1',
			title: 'Architecting low-code AI solutions',
			weight: 13,
			subObjectives: [
				{
					id: '1.1',
					title: 'Developing ML models by using BigQuery ML',
					considerations: [
						{
							id: '1.1.1',
							label: 'Choosing the BigQuery ML model type',
							text: 'Building the appropriate BigQuery ML model (e.g., linear and binary classification, regression, time-series, matrix factorization, boosted trees, autoencoders) based on the business problem',
						},
						{
							id: '1.1.2',
							label: 'Feature engineering and selection in BigQuery ML',
							text: 'Feature engineering or selection by using BigQuery ML',
						},
						{
							id: '1.1.3',
							label: 'Generating predictions with BigQuery ML',
							text: 'Generating predictions by using BigQuery ML',
						},
					],
				},
				{
					id: '1.2',
					title: 'Building AI solutions by using ML APIs or foundational models',
					considerations: [
						{
							id: '1.2.1',
							label: 'ML APIs and models from Model Garden',
							text: 'Building applications by using ML APIs from Model Garden',
						},
						{
							id: '1.2.2',
							label: 'Industry-specific APIs (Document AI, Retail)',
							text: 'Building applications by using industry-specific APIs (e.g., Document AI API, Retail API)',
						},
						{
							id: '1.2.3',
							label: 'RAG applications with Agent Builder',
							text: 'Implementing retrieval augmented generation (RAG) applications by using Vertex AI Agent Builder',
						},
					],
				},
				{
					id: '1.3',
					title: 'Training models by using AutoML',
					considerations: [
						{
							id: '1.3.1',
							label: 'Preparing data for AutoML',
							text: 'Preparing data for AutoML (e.g., feature selection, data labeling, Tabular Workflows on AutoML)',
						},
						{
							id: '1.3.2',
							label: 'Training custom models on available data types',
							text: 'Using available data (e.g., tabular, text, speech, images, videos) to train custom models',
						},
						{
							id: '1.3.3',
							label: 'AutoML for tabular data',
							text: 'Using AutoML for tabular data',
						},
						{
							id: '1.3.4',
							label: 'Forecasting with AutoML',
							text: 'Creating forecasting models by using AutoML',
						},
						{
							id: '1.3.5',
							label: 'Configuring and debugging AutoML models',
							text: 'Configuring and debugging trained models',
						},
					],
				},
			],
		},
		{
			id: '2',
			slug: 'section-2',
			title: 'Collaborating within and across teams to manage data and models',
			weight: 14,
			subObjectives: [
				{
					id: '2.1',
					title:
						'Exploring and preprocessing organization-wide data (e.g., Cloud Storage, BigQuery, Spanner, Cloud SQL, Apache Spark, Apache Hadoop)',
					considerations: [
						{
							id: '2.1.1',
							label: 'Organizing data types for efficient training',
							text: 'Organizing different types of data (e.g., tabular, text, speech, images, videos) for efficient training',
						},
						{ id: '2.1.2', label: 'Managing datasets in Vertex AI', text: 'Managing datasets in Vertex AI' },
						{
							id: '2.1.3',
							label: 'Data preprocessing (Dataflow, TFX, BigQuery)',
							text: 'Data preprocessing (e.g., Dataflow, TensorFlow Extended [TFX], BigQuery)',
						},
						{
							id: '2.1.4',
							label: 'Features in Vertex AI Feature Store',
							text: 'Creating and consolidating features in Vertex AI Feature Store',
						},
						{
							id: '2.1.5',
							label: 'Privacy: PII and PHI',
							text: 'Privacy implications of data usage and/or collection (e.g., handling sensitive data such as personally identifiable information [PII] and protected health information [PHI])',
						},
						{
							id: '2.1.6',
							label: 'Ingesting data sources for inference',
							text: 'Ingesting different data sources (e.g., text documents) into Vertex AI for inference',
							singleSource: true,
						},
					],
				},
				{
					id: '2.2',
					title: 'Model prototyping using Jupyter notebooks',
					considerations: [
						{
							id: '2.2.1',
							label: 'Choosing a Jupyter backend',
							text: 'Choosing the appropriate Jupyter backend on Google Cloud (e.g., Vertex AI Workbench, Colab Enterprise, notebooks on Dataproc)',
						},
						{
							id: '2.2.2',
							label: 'Security in Vertex AI Workbench',
							text: 'Applying security best practices in Vertex AI Workbench',
						},
						{ id: '2.2.3', label: 'Spark kernels', text: 'Using Spark kernels' },
						{
							id: '2.2.4',
							label: 'Source repositories',
							text: 'Integrating code source repositories',
							singleSource: true,
						},
						{
							id: '2.2.5',
							label: 'Frameworks in Vertex AI Workbench',
							text: 'Developing models in Vertex AI Workbench by using common frameworks (e.g., TensorFlow, PyTorch, sklearn, Spark, JAX)',
						},
						{
							id: '2.2.6',
							label: 'Foundation and open models in Model Garden',
							text: 'Leveraging a variety of foundational and open-source models in Model Garden',
						},
					],
				},
				{
					id: '2.3',
					title: 'Tracking and running ML experiments',
					considerations: [
						{
							id: '2.3.1',
							label: 'Choosing an experimentation environment',
							text: 'Choosing the appropriate Google Cloud environment for development and experimentation (e.g., Vertex AI Experiments, Kubeflow Pipelines, Vertex AI TensorBoard with TensorFlow and PyTorch) given the framework',
						},
						{
							id: '2.3.2',
							label: 'Evaluating generative AI solutions',
							text: 'Evaluating generative AI solutions',
						},
					],
				},
			],
		},
		{
			id: '3',
			slug: 'section-3',
			title: 'Scaling prototypes into ML models',
			weight: 18,
			subObjectives: [
				{
					id: '3.1',
					title: 'Building models',
					considerations: [
						{
							id: '3.1.1',
							label: 'Choosing framework and architecture',
							text: 'Choosing ML framework and model architecture',
						},
						{
							id: '3.1.2',
							label: 'Interpretability requirements',
							text: 'Modeling techniques given interpretability requirements',
						},
					],
				},
				{
					id: '3.2',
					title: 'Training models',
					considerations: [
						{
							id: '3.2.1',
							label: 'Organizing training data',
							text: 'Organizing training data (e.g., tabular, text, speech, images, videos) on Google Cloud (e.g., Cloud Storage, BigQuery)',
						},
						{
							id: '3.2.2',
							label: 'Ingesting file types into training',
							text: 'Ingestion of various file types (e.g., CSV, JSON, images, Hadoop, databases) into training',
						},
						{
							id: '3.2.3',
							label: 'Training with different SDKs',
							text: 'Training using different SDKs (e.g., Vertex AI custom training, Kubeflow on Google Kubernetes Engine, AutoML, tabular workflows)',
						},
						{
							id: '3.2.4',
							label: 'Distributed training pipelines',
							text: 'Using distributed training to organize reliable pipelines',
						},
						{ id: '3.2.5', label: 'Hyperparameter tuning', text: 'Hyperparameter tuning' },
						{
							id: '3.2.6',
							label: 'Troubleshooting training failures',
							text: 'Troubleshooting ML model training failures',
						},
						{
							id: '3.2.7',
							label: 'Fine-tuning foundation models',
							text: 'Fine-tuning foundational models (e.g., Vertex AI, Model Garden)',
						},
					],
				},
				{
					id: '3.3',
					title: 'Choosing appropriate hardware for training',
					considerations: [
						{
							id: '3.3.1',
							label: 'CPU, GPU, TPU and edge options',
							text: 'Evaluation of compute and accelerator options (e.g., CPU, GPU, TPU, edge devices)',
						},
						{
							id: '3.3.2',
							label: 'Distributed training on TPUs and GPUs',
							text: 'Distributed training with TPUs and GPUs (e.g., Reduction Server on Vertex AI, Horovod)',
						},
					],
				},
			],
		},
		{
			id: '4',
			slug: 'section-4',
			title: 'Serving and scaling models',
			weight: 20,
			subObjectives: [
				{
					id: '4.1',
					title: 'Serving models',
					considerations: [
						{
							id: '4.1.1',
							label: 'Batch and online inference',
							text: 'Batch and online inference (e.g., Vertex AI, Dataflow, BigQuery ML, Dataproc)',
						},
						{
							id: '4.1.2',
							label: 'Serving different frameworks',
							text: 'Using different frameworks (e.g., PyTorch, XGBoost) to serve models',
						},
						{ id: '4.1.3', label: 'Organizing a model registry', text: 'Organizing a model registry' },
						{
							id: '4.1.4',
							label: 'A/B testing model versions',
							text: 'A/B testing different versions of a model',
						},
					],
				},
				{
					id: '4.2',
					title: 'Scaling online model serving',
					considerations: [
						{ id: '4.2.1', label: 'Feature Store for online serving', text: 'Vertex AI Feature Store' },
						{
							id: '4.2.2',
							label: 'Public and private endpoints',
							text: 'Vertex AI public and private endpoints',
						},
						{
							id: '4.2.3',
							label: 'Serving hardware',
							text: 'Choosing appropriate hardware (e.g., CPU, GPU, TPU, edge)',
						},
						{
							id: '4.2.4',
							label: 'Scaling the serving backend',
							text: 'Scaling the serving backend based on the throughput (e.g., Vertex AI Prediction, containerized serving)',
						},
						{
							id: '4.2.5',
							label: 'Tuning models for production',
							text: 'Tuning ML models for training and serving in production (e.g., simplification techniques, optimizing the ML solution for increased performance, latency, memory, throughput)',
						},
					],
				},
			],
		},
		{
			id: '5',
			slug: 'section-5',
			title: 'Automating and orchestrating ML pipelines',
			weight: 22,
			subObjectives: [
				{
					id: '5.1',
					title: 'Developing end-to-end ML pipelines',
					considerations: [
						{ id: '5.1.1', label: 'Data and model validation', text: 'Data and model validation' },
						{
							id: '5.1.2',
							label: 'Consistent preprocessing for training and serving',
							text: 'Ensuring consistent data pre-processing between training and serving',
						},
						{
							id: '5.1.3',
							label: 'Hosting third-party pipelines (MLflow)',
							text: 'Hosting third-party pipelines on Google Cloud (e.g., MLFlow)',
						},
						{
							id: '5.1.4',
							label: 'Components, parameters, triggers, compute',
							text: 'Identifying components, parameters, triggers, and compute needs (e.g., Cloud Build, Cloud Run)',
						},
						{
							id: '5.1.5',
							label: 'Orchestration frameworks',
							text: 'Orchestration framework (e.g., Kubeflow Pipelines, Vertex AI Pipelines, Cloud Composer)',
						},
						{ id: '5.1.6', label: 'Hybrid and multicloud', text: 'Hybrid or multicloud strategies' },
						{
							id: '5.1.7',
							label: 'TFX components and Kubeflow DSL',
							text: 'System design with TFX components or Kubeflow DSL (e.g., Dataflow)',
						},
					],
				},
				{
					id: '5.2',
					title: 'Automating model retraining',
					considerations: [
						{
							id: '5.2.1',
							label: 'Retraining policy',
							text: 'Determining an appropriate retraining policy',
						},
						{
							id: '5.2.2',
							label: 'CI/CD model deployment',
							text: 'Continuous integration and continuous delivery (CI/CD) model deployment (e.g., Cloud Build, Jenkins)',
						},
					],
				},
				{
					id: '5.3',
					title: 'Tracking and auditing metadata',
					considerations: [
						{
							id: '5.3.1',
							label: 'Tracking model artifacts and versions',
							text: 'Tracking and comparing model artifacts and versions (e.g., Vertex AI Experiments, Vertex ML Metadata)',
						},
						{
							id: '5.3.2',
							label: 'Model and dataset versioning',
							text: 'Hooking into model and dataset versioning',
						},
						{ id: '5.3.3', label: 'Model and data lineage', text: 'Model and data lineage' },
					],
				},
			],
		},
		{
			id: '6',
			slug: 'section-6',
			title: 'Monitoring AI solutions',
			weight: 13,
			subObjectives: [
				{
					id: '6.1',
					title: 'Identifying risks to AI solutions',
					considerations: [
						{
							id: '6.1.1',
							label: 'Securing AI systems against exploitation',
							text: 'Building secure AI systems by protecting against unintentional exploitation of data or models (e.g., hacking)',
							singleSource: true,
						},
						{
							id: '6.1.2',
							label: "Google's Responsible AI practices",
							text: "Aligning with Google's Responsible AI practices (e.g., monitoring for bias)",
							singleSource: true,
						},
						{
							id: '6.1.3',
							label: 'AI readiness: fairness and bias',
							text: 'Assessing AI solution readiness (e.g., fairness, bias)',
							singleSource: true,
						},
						{
							id: '6.1.4',
							label: 'Model explainability on Vertex AI',
							text: 'Model explainability on Vertex AI (e.g., Vertex AI Prediction)',
						},
					],
				},
				{
					id: '6.2',
					title: 'Monitoring, testing, and troubleshooting AI solutions',
					considerations: [
						{
							id: '6.2.1',
							label: 'Continuous evaluation metrics',
							text: 'Establishing continuous evaluation metrics (e.g., Vertex AI Model Monitoring, Explainable AI)',
						},
						{
							id: '6.2.2',
							label: 'Training-serving skew',
							text: 'Monitoring for training-serving skew',
						},
						{
							id: '6.2.3',
							label: 'Feature attribution drift',
							text: 'Monitoring for feature attribution drift',
						},
						{
							id: '6.2.4',
							label: 'Performance against baselines and over time',
							text: 'Monitoring model performance against baselines, simpler models, and across the time dimension',
						},
						{
							id: '6.2.5',
							label: 'Common training and serving errors',
							text: 'Monitoring for common training and serving errors',
							singleSource: true,
						},
					],
				},
			],
		},
	],
} satisfies z.input<typeof blueprintSchema>;

/** The primary blueprint, validated. */
export const blueprint2024: Blueprint = blueprintSchema.parse(data);
